import {describe, expect, test} from 'vitest';
import {cleanCueText} from '../../src/captions';

describe('cleanCueText', () => {
	test.each([
		{lines: ['<i>Bonjour</i>', '<b>à tous</b>'], expected: 'Bonjour\nà tous'},
		{lines: ['<font color="#ff0">jaune</font> et <u>souligné</u>'], expected: 'jaune et souligné'},
		{lines: ['<c.yellow>Karim</c> <v Inès>dit</v> <00:00:01.000>oui'], expected: 'Karim dit oui'},
		{lines: ['{\\an8}En haut'], expected: 'En haut'},
		{lines: ['<i></i>', '  ', 'reste'], expected: 'reste'},
		{lines: ['&lt;b&gt; reste écrit'], expected: '<b> reste écrit'},
		{lines: ['a  \t b'], expected: 'a b'},
		{lines: ['<i> </i>'], expected: ''},
	])('$lines → $expected', ({lines, expected}) => {
		expect(cleanCueText({lines})).toBe(expected);
	});
});
