import {describe, expect, test} from 'vitest';
import {compareWords, getWords} from './compare-words';

describe('getWords', () => {
	test('case, accents, apostrophes, no-break spaces and punctuation do not count', () => {
		expect(getWords('« L’Ombre » du SQUARE\u202F! À\u00A018\u00A0h, #Cités @primevideofr')).toEqual(
			getWords("l'ombre du square ! a 18 h cites primevideofr"),
		);
	});
});

describe('compareWords', () => {
	test.each([
		{expected: 'Les platanes font de l’ombre,', readings: ["Les platanes font de l'ombre"], missed: []},
		{expected: 'Les platanes font de l’ombre,', readings: ['Les platanes font', ''], missed: ['de', 'l', 'ombre']},
		// One reading gives what the other misses.
		{expected: 'Sur TikTok @primevideofr', readings: ['Sur', 'TikTok · @primevideofr'], missed: []},
		// Word gaps read as nothing or as one stray letter.
		{expected: 'Normal, le square', readings: ['Normal/lelsquare'], missed: []},
		{expected: 'à 18 h', readings: ['A18h'], missed: []},
		// A word read in two pieces.
		{expected: '@primevideofr', readings: ['@prime videofr'], missed: []},
		// Each read word counts once, and a misread letter is a missed word.
		{expected: 'le square, le banc', readings: ['le square banc'], missed: ['le']},
		{expected: 'vendredi 22 janvier', readings: ['VENDREDI ce JANVIER'], missed: ['22']},
		// Two stray letters are not a gap.
		{expected: 'le square', readings: ['leffsquare'], missed: ['le', 'square']},
	])('$expected read as $readings', ({expected, readings, missed}) => {
		const result = compareWords({expected, readings});
		expect(result.missed).toEqual(missed);
		expect(result.recall).toBeCloseTo(1 - missed.length / result.expected.length);
	});
});
