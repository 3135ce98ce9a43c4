import {describe, expect, test} from 'vitest';
import {cleanCueText, parseSubtitles, SubtitleError} from '../../src/captions';

/** The fastest of three runs: the machine is shared, and one slow run says nothing about the code. */
const bestOfThreeMs = (run: () => unknown): number =>
	Math.min(
		...[1, 2, 3].map(() => {
			const start = performance.now();
			run();
			return performance.now() - start;
		}),
	);

describe('cleanCueText', () => {
	test.each([
		{lines: ['<i>Bonjour</i>', '<b>à tous</b>'], expected: 'Bonjour\nà tous'},
		{lines: ['<font color="#ff0">jaune</font> et <u>souligné</u>'], expected: 'jaune et souligné'},
		{lines: ['<c.yellow>Karim</c> <v Inès>dit</v> <00:00:01.000>oui'], expected: 'Karim dit oui'},
		{lines: ['{\\an8}En haut'], expected: 'En haut'},
		{lines: ['{\\an8}{\\i1}En {\\c&H00FFFF&}haut{\\i0}'], expected: 'En haut'},
		// As players read it: a tag runs from `{\` to the next `}`.
		{lines: ['{\\fnArial{\\b1}Gras'], expected: 'Gras'},
		{lines: ['{sans barre oblique} reste'], expected: '{sans barre oblique} reste'},
		{lines: ['<i></i>', '  ', 'reste'], expected: 'reste'},
		{lines: ['&lt;b&gt; reste écrit'], expected: '<b> reste écrit'},
		{lines: ['a  \t b'], expected: 'a b'},
		{lines: ['<i> </i>'], expected: ''},
	])('$lines → $expected', ({lines, expected}) => {
		expect(cleanCueText({lines})).toEqual({text: expected, flaws: []});
	});
});

describe('cleanCueText: an override tag that never closes', () => {
	const message = (excerpt: string) =>
		`${excerpt} opens an override tag with "{\\" that no "}" closes; add the "}" where the tag ends, as in {\\an8}, or delete the "{\\"`;

	// Players show it as text, and where the tag was meant to end cannot be known:
	// the file must be fixed (the parser makes this an error), so nothing is guessed away.
	test.each([
		{lines: ['{\\an8Salut'], text: '{\\an8Salut', excerpt: '"{\\an8Salut"'},
		{lines: ['Un', '{\\an8}Salut {\\i1 toi'], text: 'Un\nSalut {\\i1 toi', excerpt: '"{\\i1 toi"', lineOffset: 1},
		{lines: ['<i>{\\b1</i> gras'], text: '{\\b1 gras', excerpt: '"{\\b1 gras"'},
	])('$lines: kept as written, with an error', ({lines, text, excerpt, lineOffset = 0}) => {
		expect(cleanCueText({lines})).toEqual({
			text,
			flaws: [{lineOffset, rule: 'unclosed-tag', severity: 'error', message: message(excerpt)}],
		});
	});

	const hostile = '{\\'.repeat(50_000); // 100 KB, one line

	test('50,000 unclosed "{\\" (100 KB) take milliseconds, not seconds, and are one error', () => {
		expect(bestOfThreeMs(() => cleanCueText({lines: [hostile]}))).toBeLessThan(100);
		const {text, flaws} = cleanCueText({lines: [hostile]});
		expect(text).toBe(hostile);
		expect(flaws).toEqual([
			{lineOffset: 0, rule: 'unclosed-tag', severity: 'error', message: message(`"${'{\\'.repeat(30)}…"`)},
		]);
	});

	test('the same cue in a file: one SubtitleError naming its line, in milliseconds', () => {
		const text = `1\n00:00:01,000 --> 00:00:02,000\n${hostile}\n`;
		const read = () => {
			try {
				parseSubtitles({file: 'ep01.srt', text});
			} catch (error) {
				return error;
			}
			return null;
		};
		expect(bestOfThreeMs(read)).toBeLessThan(100);
		const error = read();
		expect(error).toBeInstanceOf(SubtitleError);
		expect(error instanceof SubtitleError && error.message).toBe(
			`ep01.srt:3: cue 1: ${message(`"${'{\\'.repeat(30)}…"`)}`,
		);
	});
});

describe('cleanCueText: control characters', () => {
	const one = (code: string) => `the control character ${code} is invisible and was left out; delete it from the file`;
	test.each([
		{lines: ['Bon\0jour'], text: 'Bonjour', message: one('U+0000')},
		{lines: ['\x1B[1mFort'], text: '[1mFort', message: one('U+001B')},
		{
			lines: ['\x85Suite \x7F'],
			text: 'Suite',
			message: '2 control characters (U+0085, U+007F) are invisible and were left out; delete them from the file',
		},
		{
			lines: ['\0\0\x07'],
			text: '',
			message: '3 control characters (U+0000, U+0007) are invisible and were left out; delete them from the file',
		},
		// Written as an entity, it is the same character.
		{
			lines: ['&#1;Salut&#x1b;'],
			text: 'Salut',
			message: '2 control characters (U+0001, U+001B) are invisible and were left out; delete them from the file',
		},
		{lines: ['Un&NewLine;deux'], text: 'Undeux', message: one('U+000A')},
		// A NUL inside a tag does not turn the tag into text.
		{lines: ['<\0i>Salut</i>'], text: 'Salut', message: one('U+0000')},
	])('$lines → $text, with a warning', ({lines, text, message}) => {
		expect(cleanCueText({lines})).toEqual({
			text,
			flaws: [{lineOffset: 0, rule: 'control-character', severity: 'warning', message}],
		});
	});

	test('a tab is a space, not a control character', () => {
		expect(cleanCueText({lines: ['a\tb']})).toEqual({text: 'a b', flaws: []});
	});
});

describe('cleanCueText: one flaw of each kind per cue', () => {
	test('on the first line that has it, counting the others', () => {
		const lines = ['Un', '{\\an8 deux\0', 'trois\0\x07', '{\\b1 quatre'];
		expect(cleanCueText({lines}).flaws).toEqual([
			{
				lineOffset: 1,
				rule: 'unclosed-tag',
				severity: 'error',
				message:
					'"{\\an8 deux" (and on 1 more line of this cue) opens an override tag with "{\\" that no "}" closes; add the "}" where the tag ends, as in {\\an8}, or delete the "{\\"',
			},
			{
				lineOffset: 1,
				rule: 'control-character',
				severity: 'warning',
				message:
					'3 control characters (U+0000, U+0007) (and on 1 more line of this cue) are invisible and were left out; delete them from the file',
			},
		]);
	});
});
