import {describe, expect, test} from 'vitest';
import {getReleaseRhythm} from '../../src/kinds/trailer/get-release-rhythm';

const timeZone = 'Europe/Paris';

describe('getReleaseRhythm', () => {
	test.each([
		{
			name: 'Tuesdays and Fridays, in week order',
			dates: ['2027-01-15T18:00:00+01:00', '2027-01-19T18:00:00+01:00', '2027-01-22T18:00:00+01:00'],
			expected: 'Un épisode chaque mardi et vendredi',
		},
		{
			name: 'one weekday',
			dates: ['2027-01-15T18:00:00+01:00', '2027-01-22T18:00:00+01:00'],
			expected: 'Un épisode chaque vendredi',
		},
		{
			name: 'the weekday of the campaign’s zone, not of UTC (Saturday 00:30 in Paris)',
			dates: ['2027-01-15T23:30:00Z', '2027-01-22T23:30:00Z'],
			expected: 'Un épisode chaque samedi',
		},
		{name: 'one episode: no rhythm to tell', dates: ['2027-01-15T18:00:00+01:00'], expected: ''},
		{
			name: 'four weekdays: no rhythm to tell',
			dates: [
				'2027-01-11T18:00:00+01:00',
				'2027-01-12T18:00:00+01:00',
				'2027-01-13T18:00:00+01:00',
				'2027-01-14T18:00:00+01:00',
			],
			expected: '',
		},
	])('$name', ({dates, expected}) => {
		expect(getReleaseRhythm({releaseDates: dates, timeZone})).toBe(expected);
	});
});
