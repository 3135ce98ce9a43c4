import {describe, expect, test} from 'vitest';
import {getEpisodeTrailerClips, getSeriesTrailerClip} from '../../src/timeline/get-trailer-clips';

const teaser = (...segments: [number, number][]) => ({
	segments: segments.map(([startMs, endMs]) => ({startMs, endMs})),
});

describe('getEpisodeTrailerClips', () => {
	test.each([
		{
			name: 'the campaign’s clips win',
			episode: {teaser: teaser([0, 12000]), trailer: {clips: [{startMs: 1000, endMs: 5000}]}},
			expected: [{startMs: 1000, endMs: 5000}],
		},
		{
			name: 'one teaser segment is split in two halves',
			episode: {teaser: teaser([2000, 10000])},
			expected: [
				{startMs: 2000, endMs: 6000},
				{startMs: 6000, endMs: 10000},
			],
		},
		{
			name: 'a long teaser segment gives its first 12 s',
			episode: {teaser: teaser([0, 40000])},
			expected: [
				{startMs: 0, endMs: 6000},
				{startMs: 6000, endMs: 12000},
			],
		},
		{
			name: 'several segments: the first three, 4 s each at most',
			episode: {teaser: teaser([0, 7300], [14700, 21800], [22000, 23000], [25000, 29000])},
			expected: [
				{startMs: 0, endMs: 4000},
				{startMs: 14700, endMs: 18700},
				{startMs: 22000, endMs: 23000},
			],
		},
		{
			name: 'a segment too short to split stays whole',
			episode: {teaser: teaser([0, 1500])},
			expected: [{startMs: 0, endMs: 1500}],
		},
	])('$name', ({episode, expected}) => {
		expect(getEpisodeTrailerClips(episode)).toEqual(expected);
	});
});

describe('getSeriesTrailerClip', () => {
	test('the campaign’s series clip wins', () => {
		const episode = {teaser: teaser([0, 12000]), trailer: {seriesClip: {startMs: 8000, endMs: 11000}}};
		expect(getSeriesTrailerClip(episode)).toEqual({startMs: 8000, endMs: 11000});
	});

	test('else the first 2.8 s of the first trailer clip', () => {
		const episode = {teaser: teaser([0, 12000]), trailer: {clips: [{startMs: 7000, endMs: 14000}]}};
		expect(getSeriesTrailerClip(episode)).toEqual({startMs: 7000, endMs: 9800});
	});
});
