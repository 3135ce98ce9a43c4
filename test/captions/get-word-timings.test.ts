import {describe, expect, test} from 'vitest';
import {type Cue, getWordTimings} from '../../src/captions';

const N = '\u202F';
const S = '\u00A0';
const cue = (text: string, startMs = 1000, endMs = 3000): Cue => ({index: 1, line: 2, startMs, endMs, text});

describe('getWordTimings', () => {
	test.each([
		{text: 'Salut tout le monde', expected: ['Salut', 'tout', 'le', 'monde']},
		{text: `C’est vrai${N}?`, expected: ['C’est', `vrai${N}?`]},
		{
			text: `«${N}Les Yeux d’Elsa${N}»${N}!`,
			expected: [`«${N}Les`, 'Yeux', `d’Elsa${N}»${N}!`],
		},
		{text: `Attends${S}: moi`, expected: [`Attends${S}:`, 'moi']},
		{text: 'Deux\nlignes', expected: ['Deux', 'lignes']},
		{text: `- Salut.\n- Ça va${N}?`, expected: ['- Salut.', '- Ça', `va${N}?`]},
		{text: `-${S}Salut.`, expected: ['- Salut.']},
		{text: '– Tiret demi-cadratin', expected: ['– Tiret', 'demi-cadratin']},
		{text: 'Oui - non', expected: ['Oui', '-', 'non']},
		{text: '-Collé', expected: ['-Collé']},
		{text: '  espaces \t en   trop ', expected: ['espaces', 'en', 'trop']},
	])('$text', ({text, expected}) => {
		expect(getWordTimings({cue: cue(text)}).map((word) => word.text)).toEqual(expected);
	});

	test.each([
		{text: 'Salut', startMs: 0, endMs: 1000},
		{text: 'Alors, Inès, c’est ici, sur le banc de la place Aragon ?', startMs: 400, endMs: 3674},
		{text: `- Les yeux ouverts${N}?\n- Tu copies «${N}Les Yeux d’Elsa${N}»`, startMs: 10_736, endMs: 13_510},
		{text: 'a bb ccc', startMs: 1000, endMs: 1001},
		{text: 'fractions de frame', startMs: 5000, endMs: 6966.666666666667},
	])('words are contiguous and cover the cue: $text', ({text, startMs, endMs}) => {
		const words = getWordTimings({cue: cue(text, startMs, endMs)});
		expect(words[0]?.startMs).toBe(startMs);
		expect(words[words.length - 1]?.endMs).toBe(endMs);
		words.forEach((word, i) => {
			expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
			if (i > 0) expect(word.startMs).toBe(words[i - 1]?.endMs);
		});
	});

	test('time is shared out by character count', () => {
		expect(getWordTimings({cue: cue('a bbb', 0, 1000)})).toEqual([
			{text: 'a', startMs: 0, endMs: 250},
			{text: 'bbb', startMs: 250, endMs: 1000},
		]);
	});
});
