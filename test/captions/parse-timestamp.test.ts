import {describe, expect, test} from 'vitest';
import {parseTimestamp} from '../../src/captions';

describe('parseTimestamp', () => {
	test.each([
		{text: '00:00:00,000', expected: 0},
		{text: '00:01:02,500', expected: 62_500},
		{text: '01:02:03.004', expected: 3_723_004},
		{text: '01:02.500', expected: 62_500},
		{text: '1:02:03,4', expected: 3_723_400},
		{text: '00:00:01,05', expected: 1050},
		{text: '100:00:00.000', expected: 360_000_000},
		{text: ' 00:00:01,000 ', expected: 1000},
		{text: '00:00:60,000', expected: null},
		{text: '00:60:00,000', expected: null},
		{text: '00:00:01', expected: null},
		{text: '00:00:01:000', expected: null},
		{text: '00:00:01,0000', expected: null},
		{text: '00:00:1O,000', expected: null},
		{text: '', expected: null},
		{text: '2501999792:00:00,000', expected: 9_007_199_251_200_000},
		{text: '2501999793:00:00,000', expected: null},
		{text: `${'9'.repeat(400)}:00:00,000`, expected: null},
	])('$text → $expected', ({text, expected}) => {
		expect(parseTimestamp({text})).toBe(expected);
	});
});
