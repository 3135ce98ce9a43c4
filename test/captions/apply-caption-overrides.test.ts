import {describe, expect, test} from 'vitest';
import {applyCaptionOverrides, type CaptionOverride, type Cue} from '../../src/captions';

const cues: Cue[] = [
	{index: 1, line: 2, startMs: 1000, endMs: 3000, text: 'Un'},
	{index: 2, line: 6, startMs: 4000, endMs: 6000, text: 'Deux'},
	{index: 3, line: 10, startMs: 7000, endMs: 9000, text: 'Trois'},
];
const apply = (overrides: CaptionOverride[]) => applyCaptionOverrides({file: 'ep01.srt', cues, overrides});
const summary = (result: {cues: Cue[]}) => result.cues.map((c) => [c.index, c.startMs, c.endMs, c.text]);

describe('applyCaptionOverrides', () => {
	test.each([
		{
			what: 'no overrides: the cues as they were',
			overrides: [],
			expected: [
				[1, 1000, 3000, 'Un'],
				[2, 4000, 6000, 'Deux'],
				[3, 7000, 9000, 'Trois'],
			],
		},
		{
			what: 'new text',
			overrides: [{cue: 2, text: 'Deux, corrigé'}],
			expected: [
				[1, 1000, 3000, 'Un'],
				[2, 4000, 6000, 'Deux, corrigé'],
				[3, 7000, 9000, 'Trois'],
			],
		},
		{
			what: 'new text pasted with tags, entities and a line break',
			overrides: [{cue: 1, text: '<i>Tom &amp; Inès</i>\r\n  sur le banc'}],
			expected: [
				[1, 1000, 3000, 'Tom & Inès\nsur le banc'],
				[2, 4000, 6000, 'Deux'],
				[3, 7000, 9000, 'Trois'],
			],
		},
		{
			what: 'new start and end',
			overrides: [{cue: 3, startMs: 6500, endMs: 9500}],
			expected: [
				[1, 1000, 3000, 'Un'],
				[2, 4000, 6000, 'Deux'],
				[3, 6500, 9500, 'Trois'],
			],
		},
		{
			what: 'a new start that moves the cue first: sorted again',
			overrides: [{cue: 3, startMs: 500}],
			expected: [
				[3, 500, 9000, 'Trois'],
				[1, 1000, 3000, 'Un'],
				[2, 4000, 6000, 'Deux'],
			],
		},
		{
			what: 'removal',
			overrides: [{cue: 2, remove: true}],
			expected: [
				[1, 1000, 3000, 'Un'],
				[3, 7000, 9000, 'Trois'],
			],
		},
		{
			what: 'remove: false changes nothing',
			overrides: [{cue: 2, remove: false}],
			expected: [
				[1, 1000, 3000, 'Un'],
				[2, 4000, 6000, 'Deux'],
				[3, 7000, 9000, 'Trois'],
			],
		},
	])('$what', ({overrides, expected}) => {
		const result = apply(overrides);
		expect(summary(result)).toEqual(expected);
		expect(result.problems).toEqual([]);
	});

	test('keeps index and line, so later problems still point into the file', () => {
		expect(apply([{cue: 2, text: 'Autre'}]).cues[1]).toEqual({
			index: 2,
			line: 6,
			startMs: 4000,
			endMs: 6000,
			text: 'Autre',
		});
	});

	test.each([
		{
			what: 'a cue number the file does not have',
			overrides: [{cue: 14, text: 'Quatorze'}],
			expected: {
				line: 0,
				cue: 14,
				rule: 'override-unknown-cue',
				message: 'an override names cue 14, but ep01.srt has 3 cues, numbered 1–3; use the number of a cue in the file',
			},
			texts: ['Un', 'Deux', 'Trois'],
		},
		{
			what: 'two overrides for one cue',
			overrides: [
				{cue: 2, text: 'A'},
				{cue: 2, endMs: 6500},
			],
			expected: {line: 6, cue: 2, rule: 'override-duplicate', message: 'cue 2 has two overrides; merge them into one'},
			// The first one still applies; the render stops on the error anyway.
			texts: ['Un', 'A', 'Trois'],
		},
		{
			what: 'an end before the start the cue keeps',
			overrides: [{cue: 1, endMs: 800}],
			expected: {
				line: 2,
				cue: 1,
				rule: 'override-bad-times',
				message: 'the override of cue 1 makes it end (800 ms) before it starts (1000 ms); fix its startMs or endMs',
			},
			texts: ['Un', 'Deux', 'Trois'],
		},
		{
			what: 'text that is only tags',
			overrides: [{cue: 3, text: '<i> </i>'}],
			expected: {
				line: 10,
				cue: 3,
				rule: 'override-empty-text',
				message: 'the override of cue 3 leaves no text; to hide the cue, write "remove": true',
			},
			texts: ['Un', 'Deux', 'Trois'],
		},
		{
			what: 'text with an override tag that never closes',
			overrides: [{cue: 2, text: '{\\an8 Deux'}],
			expected: {
				line: 6,
				cue: 2,
				rule: 'override-unclosed-tag',
				message:
					'the override of cue 2: "{\\an8 Deux" opens an override tag with "{\\" that no "}" closes; add the "}" where the tag ends, as in {\\an8}, or delete the "{\\"',
			},
			texts: ['Un', 'Deux', 'Trois'],
		},
	])('an error for $what; the cue stays as it was', ({overrides, expected, texts}) => {
		const result = apply(overrides);
		expect(
			result.problems.map(({line, cue, rule, message, severity}) => ({line, cue, rule, message, severity})),
		).toEqual([{...expected, severity: 'error'}]);
		expect(result.cues.map((c) => c.text)).toEqual(texts);
	});

	test('every bad override is reported, the good ones still apply', () => {
		const result = apply([
			{cue: 9, remove: true},
			{cue: 1, text: 'Un, corrigé'},
			{cue: 4, text: 'x'},
		]);
		expect(result.problems.map((p) => p.cue)).toEqual([9, 4]);
		expect(result.cues[0]?.text).toBe('Un, corrigé');
	});

	test('a file without cues says so', () => {
		const result = applyCaptionOverrides({file: 'vide.srt', cues: [], overrides: [{cue: 1, remove: true}]});
		expect(result.problems[0]?.message).toBe(
			'an override names cue 1, but vide.srt has no cues; use the number of a cue in the file',
		);
	});
});

describe('applyCaptionOverrides: hostile files', () => {
	test('a file of 200,000 cues still names its range, not a stack overflow', () => {
		const many = Array.from({length: 200_000}, (_, i) => ({
			index: i + 1,
			line: 4 * i + 2,
			startMs: i,
			endMs: i + 1,
			text: 'x',
		}));
		const result = applyCaptionOverrides({file: 'long.srt', cues: many, overrides: [{cue: 300_000, remove: true}]});
		expect(result.problems[0]?.message).toBe(
			'an override names cue 300000, but long.srt has 200000 cues, numbered 1–200000; use the number of a cue in the file',
		);
	});
});
