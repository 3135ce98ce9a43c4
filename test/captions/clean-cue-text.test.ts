import {describe, expect, test} from 'vitest';
import {cleanCueText, decodeHtmlEntities} from '../../src/captions';

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

describe('decodeHtmlEntities', () => {
	test.each([
		{text: 'Tom &amp; Jerry', expected: 'Tom & Jerry'},
		{text: '&lt;3 &gt;', expected: '<3 >'},
		{text: 'a&nbsp;!', expected: 'a\u00A0!'},
		{text: 'l&#39;ami &apos;x&apos; &quot;y&quot;', expected: "l'ami 'x' \"y\""},
		{text: 'l&#x2019;ami &#X2019;', expected: 'l’ami ’'},
		{text: '&AMP;', expected: '&'},
		{text: '&lrm;a&rlm;', expected: 'a'},
		{text: '&nope; &#0; &#x110000; & ;', expected: '&nope; &#0; &#x110000; & ;'},
	])('$text → $expected', ({text, expected}) => {
		expect(decodeHtmlEntities({text})).toBe(expected);
	});
});
