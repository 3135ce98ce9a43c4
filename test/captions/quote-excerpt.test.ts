import {describe, expect, test} from 'vitest';
import {quoteExcerpt} from '../../src/captions';

describe('quoteExcerpt', () => {
	test.each([
		{text: 'Salut', expected: '"Salut"'},
		{text: '', expected: '""'},
		{text: 'a'.repeat(60), expected: `"${'a'.repeat(60)}"`},
		{text: 'a'.repeat(100_000), expected: `"${'a'.repeat(60)}…"`},
		{text: '\x1B[2Jeffacé\0', expected: '"<U+001B>[2Jeffacé<U+0000>"'},
		{text: 'a\tb', expected: '"a\tb"'},
	])('$text → $expected', ({text, expected}) => {
		expect(quoteExcerpt({text})).toBe(expected);
	});
});
