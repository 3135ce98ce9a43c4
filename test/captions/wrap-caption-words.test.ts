import {describe, expect, test} from 'vitest';
import {type CaptionWord, getLineText, wrapCaptionWords} from '../../src/captions';

const words = (text: string): CaptionWord[] =>
	text.split('|').map((word, i) => ({text: word, startMs: i * 100, endMs: i * 100 + 100}));
const measureWidth = (text: string) => [...text].length * 10;

describe('wrapCaptionWords', () => {
	test.each([
		{
			what: 'fills greedily up to the char limit',
			text: 'aa|bb|cc|dd',
			maxChars: 5,
			maxPx: 1000,
			expected: ['aa bb', 'cc dd'],
		},
		{what: 'a line exactly at the limit fits', text: 'aaaa|b', maxChars: 6, maxPx: 1000, expected: ['aaaa b']},
		{
			what: 'the px limit binds before the char limit',
			text: 'aa|bb|cc|dd',
			maxChars: 32,
			maxPx: 50,
			expected: ['aa bb', 'cc dd'],
		},
		{
			what: 'a word too long stays whole, alone',
			text: 'a|bbbbbbbbbb|c',
			maxChars: 4,
			maxPx: 1000,
			expected: ['a', 'bbbbbbbbbb', 'c'],
		},
		{what: 'a dialogue dash opens a line', text: '- a|b|- c', maxChars: 32, maxPx: 1000, expected: ['- a b', '- c']},
		{what: 'a dash without its space is a word', text: 'a|-|b', maxChars: 32, maxPx: 1000, expected: ['a - b']},
		{what: 'no words, no lines', text: '', maxChars: 32, maxPx: 1000, expected: []},
	])('$what', ({text, maxChars, maxPx, expected}) => {
		const input = text === '' ? [] : words(text);
		const lines = wrapCaptionWords({words: input, measureWidth, maxLineWidthPx: maxPx, maxCharsPerLine: maxChars});
		expect(lines.map((line) => getLineText({line}))).toEqual(expected);
	});
});
