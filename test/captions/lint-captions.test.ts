import {describe, expect, test} from 'vitest';
import {type Cue, lintCaptions} from '../../src/captions';

const cue = (index: number, startMs: number, endMs: number, text: string): Cue => ({
	index,
	line: index * 4 - 2,
	startMs,
	endMs,
	text,
});
const chars = (n: number) => 'x'.repeat(n);
const rules = (cues: Cue[], options: {maxCharsPerLine?: number} = {}) =>
	lintCaptions({file: 'ep01.srt', cues, ...options}).map((p) => `${p.rule}:${p.severity}`);

describe('lintCaptions: each rule passes at its limit and fails past it', () => {
	test.each([
		{rule: 'reading-speed', what: '17 chars/s', cues: [cue(1, 0, 1000, chars(17))], expected: []},
		{
			rule: 'reading-speed',
			what: '18 chars/s',
			cues: [cue(1, 0, 1000, chars(18))],
			expected: ['reading-speed:warning'],
		},
		{
			rule: 'reading-speed',
			what: '20 chars/s',
			cues: [cue(1, 0, 1000, chars(20))],
			expected: ['reading-speed:warning'],
		},
		{rule: 'reading-speed', what: '21 chars/s', cues: [cue(1, 0, 1000, chars(21))], expected: ['reading-speed:error']},
		{
			rule: 'reading-speed',
			what: 'line breaks do not count',
			cues: [cue(1, 0, 1000, `${chars(10)}\n${chars(7)}`)],
			expected: [],
		},
		{rule: 'min-duration', what: '833 ms', cues: [cue(1, 0, 833, 'Oui.')], expected: []},
		{rule: 'min-duration', what: '832 ms', cues: [cue(1, 0, 832, 'Oui.')], expected: ['min-duration:warning']},
		{rule: 'max-duration', what: '7000 ms', cues: [cue(1, 0, 7000, 'Oui.')], expected: []},
		{rule: 'max-duration', what: '7001 ms', cues: [cue(1, 0, 7001, 'Oui.')], expected: ['max-duration:warning']},
		{rule: 'line-length', what: 'a 32-char word', cues: [cue(1, 0, 5000, chars(32))], expected: []},
		{
			rule: 'line-length',
			what: 'a 33-char word',
			cues: [cue(1, 0, 5000, chars(33))],
			expected: ['line-length:warning'],
		},
		{
			rule: 'line-length',
			what: 'a long line of short words (paging re-wraps it)',
			cues: [cue(1, 0, 5000, 'Un deux trois quatre cinq six sept huit neuf')],
			expected: [],
		},

		{rule: 'min-gap', what: '67 ms', cues: [cue(1, 0, 1000, 'Un.'), cue(2, 1067, 2000, 'Deux.')], expected: []},
		{
			rule: 'min-gap',
			what: '66 ms',
			cues: [cue(1, 0, 1000, 'Un.'), cue(2, 1066, 2000, 'Deux.')],
			expected: ['min-gap:warning'],
		},
		{
			rule: 'min-gap',
			what: 'overlap',
			cues: [cue(1, 0, 1500, 'Un.'), cue(2, 1000, 2000, 'Deux.')],
			expected: ['min-gap:warning'],
		},
	])('$rule: $what', ({cues, expected}) => {
		expect(rules(cues)).toEqual(expected);
	});

	test.each([
		{
			what: '40 chars with maxCharsPerLine 42 (landscape)',
			cues: [cue(1, 0, 5000, chars(40))],
			options: {maxCharsPerLine: 42},
			expected: [],
		},
	])('limits can be set: $what', ({cues, options, expected}) => {
		expect(rules(cues, options)).toEqual(expected);
	});
});

describe('lintCaptions: what the editor reads', () => {
	test('each problem names file, line, cue, the measure, the limit, and what to do', () => {
		const cues = [
			cue(1, 400, 3028, 'Alors, Inès, c’est ici, sur le banc de la place Aragon ?'),
			cue(2, 3050, 3700, 'Oui.'),
			cue(3, 4000, 12_000, 'Un\nDeux\nTrois'),
		];
		expect(lintCaptions({file: 'ep01.srt', cues})).toEqual([
			{
				file: 'ep01.srt',
				line: 2,
				cue: 1,
				rule: 'reading-speed',
				severity: 'error',
				message:
					'cue 1 reads at 21.3 chars/s (56 characters in 2628 ms), over 17; shorten the text or lengthen the cue to at least 3295 ms',
				measured: '21.3 chars/s',
				limit: '17 chars/s',
			},
			{
				file: 'ep01.srt',
				line: 2,
				cue: 1,
				rule: 'min-gap',
				severity: 'warning',
				message:
					'cue 1 ends 22 ms before cue 2, under the 67 ms gap (2 frames); end it by 2983 ms (paging does this for you, shortening it)',
				measured: '22 ms',
				limit: '67 ms',
			},
			{
				file: 'ep01.srt',
				line: 6,
				cue: 2,
				rule: 'min-duration',
				severity: 'warning',
				message:
					'cue 2 is on screen for 650 ms, under 833 ms; lengthen it to at least 833 ms or merge it with a neighbour',
				measured: '650 ms',
				limit: '833 ms',
			},
			{
				file: 'ep01.srt',
				line: 10,
				cue: 3,
				rule: 'max-duration',
				severity: 'warning',
				message:
					'cue 3 is on screen for 8000 ms, over 7000 ms; split it into two cues or shorten it to at most 7000 ms',
				measured: '8000 ms',
				limit: '7000 ms',
			},
		]);
	});

	test('the gap is measured to the next cue in time, whatever the order given', () => {
		const cues = [cue(2, 1010, 2000, 'Deux.'), cue(1, 0, 1000, 'Un.')];
		expect(lintCaptions({file: 'a.srt', cues}).map((p) => [p.cue, p.rule, p.message])).toEqual([
			[
				1,
				'min-gap',
				'cue 1 ends 10 ms before cue 2, under the 67 ms gap (2 frames); end it by 943 ms (paging does this for you, shortening it)',
			],
		]);
	});
});

describe('lintCaptions: hostile cues', () => {
	test('a cue of 200,000 words is linted, not a stack overflow', () => {
		const text = Array.from({length: 200_000}, () => 'mot').join(' ');
		expect(rules([cue(1, 0, 7000, text)])).toEqual(['reading-speed:error']);
	});
});
