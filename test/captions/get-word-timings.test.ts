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

	test('without word times, time is shared out by French syllables, not characters', () => {
		// "Aragon" (3 syllables) takes three times "banc" (1), though it has only 1.5 times its letters.
		expect(getWordTimings({cue: cue('banc Aragon', 0, 1000)})).toEqual([
			{text: 'banc', startMs: 0, endMs: 250},
			{text: 'Aragon', startMs: 250, endMs: 1000},
		]);
		// A silent final e or verb ending takes no time: "tombent" is one syllable, like "mots".
		const [mots, tombent] = getWordTimings({cue: cue('mots tombent', 0, 1000)});
		expect(mots?.endMs).toBe(500);
		expect(tombent).toEqual({text: 'tombent', startMs: 500, endMs: 1000});
	});

	test('a comma’s pause counts as one syllable, a full stop’s as two: Oui, (1 + 1) bon. (1 + 2) Vas-y (2)', () => {
		expect(getWordTimings({cue: cue('Oui, bon. Vas-y', 0, 700)}).map((word) => word.startMs)).toEqual([0, 200, 500]);
	});

	test('word times from the file are used as they are, matched letter by letter through the typography', () => {
		const timed: Cue = {
			...cue(`«${N}Les Yeux d’Elsa${N}»${N}!`, 1000, 3000),
			words: [
				{text: '«', startMs: 1000, endMs: 1000},
				{text: 'Les', startMs: 1100, endMs: 1300},
				{text: 'Yeux', startMs: 1300, endMs: 1700},
				{text: "d'", startMs: 1900, endMs: 2000},
				{text: 'Elsa', startMs: 2000, endMs: 2500},
				{text: '» !', startMs: 2500, endMs: 2600},
			],
		};
		expect(getWordTimings({cue: timed})).toEqual([
			{text: `«${N}Les`, startMs: 1100, endMs: 1300},
			{text: 'Yeux', startMs: 1300, endMs: 1700},
			{text: `d’Elsa${N}»${N}!`, startMs: 1900, endMs: 2500},
		]);
	});

	test('a word the file splits into tokens takes the first token’s start and the last one’s end', () => {
		const timed: Cue = {
			...cue('Villejuif dort', 0, 2000),
			words: [
				{text: 'Vil', startMs: 100, endMs: 300},
				{text: 'le', startMs: 300, endMs: 400},
				{text: 'juif', startMs: 400, endMs: 800},
				{text: 'dort', startMs: 1200, endMs: 1600},
			],
		};
		expect(getWordTimings({cue: timed})).toEqual([
			{text: 'Villejuif', startMs: 100, endMs: 800},
			{text: 'dort', startMs: 1200, endMs: 1600},
		]);
	});

	test('where an override changed words, the changed ones share the time between their timed neighbours', () => {
		const timed: Cue = {
			...cue('Tu copies Aragon là', 0, 2000),
			words: [
				{text: 'Tu', startMs: 0, endMs: 200},
				{text: 'copies', startMs: 200, endMs: 600},
				{text: 'Aragorn', startMs: 700, endMs: 1300},
				{text: 'là', startMs: 1500, endMs: 1800},
			],
		};
		expect(getWordTimings({cue: timed})).toEqual([
			{text: 'Tu', startMs: 0, endMs: 200},
			{text: 'copies', startMs: 200, endMs: 600},
			{text: 'Aragon', startMs: 600, endMs: 1500},
			{text: 'là', startMs: 1500, endMs: 1800},
		]);
	});

	test('word times outside the cue (a cut, a shortened cue) are clipped to it and keep their order', () => {
		const timed: Cue = {
			...cue('un deux trois', 1000, 2000),
			words: [
				{text: 'un', startMs: 500, endMs: 900},
				{text: 'deux', startMs: 1200, endMs: 1500},
				{text: 'trois', startMs: 1800, endMs: 2400},
			],
		};
		expect(getWordTimings({cue: timed})).toEqual([
			{text: 'un', startMs: 1000, endMs: 1000},
			{text: 'deux', startMs: 1200, endMs: 1500},
			{text: 'trois', startMs: 1800, endMs: 2000},
		]);
	});
});
