import {describe, expect, test} from 'vitest';
import {type Cue, retimeCues, type Segment} from '../../src/captions';

const cue = (index: number, startMs: number, endMs: number): Cue => ({
	index,
	line: index * 4 - 2,
	startMs,
	endMs,
	text: `cue ${index}`,
});
const times = (cues: Cue[]) => cues.map((c) => [c.index, c.startMs, c.endMs]);

// Three cuts: source 0–5 s, 10–12 s and 20–23 s play as cut 0–5 s, 5–7 s and 7–10 s.
const threeCuts: Segment[] = [
	{startMs: 0, endMs: 5000},
	{startMs: 10_000, endMs: 12_000},
	{startMs: 20_000, endMs: 23_000},
];

describe('retimeCues', () => {
	test.each([
		{what: 'inside the first segment: unchanged', cues: [cue(1, 1000, 3000)], expected: [[1, 1000, 3000]]},
		{
			what: 'inside a later segment: shifted by the cuts before it',
			cues: [cue(1, 10_500, 11_500)],
			expected: [[1, 5500, 6500]],
		},
		{what: 'inside the third segment', cues: [cue(1, 21_000, 22_000)], expected: [[1, 8000, 9000]]},
		{what: 'across a segment edge: clipped', cues: [cue(1, 4000, 6000)], expected: [[1, 4000, 5000]]},
		{
			what: 'starting before a segment: clipped at its start',
			cues: [cue(1, 9000, 11_000)],
			expected: [[1, 5000, 6000]],
		},
		{
			what: 'spanning two segments: one piece in each',
			cues: [cue(1, 4000, 11_000)],
			expected: [
				[1, 4000, 5000],
				[1, 5000, 6000],
			],
		},
		{
			what: 'spanning all three segments',
			cues: [cue(1, 3000, 21_000)],
			expected: [
				[1, 3000, 5000],
				[1, 5000, 7000],
				[1, 7000, 8000],
			],
		},
		{what: 'between segments: dropped', cues: [cue(1, 6000, 9000)], expected: []},
		{what: 'after the last segment: dropped', cues: [cue(1, 24_000, 25_000)], expected: []},
		{what: 'a piece of exactly 200 ms is kept', cues: [cue(1, 4800, 6000)], expected: [[1, 4800, 5000]]},
		{what: 'a piece of 199 ms is dropped', cues: [cue(1, 4801, 6000)], expected: []},
		{
			what: 'short pieces dropped, long ones kept',
			cues: [cue(1, 11_900, 20_500)],
			expected: [[1, 7000, 7500]],
		},
	])('$what', ({cues, expected}) => {
		expect(times(retimeCues({cues, segments: threeCuts}))).toEqual(expected);
	});

	test('segments play in the order given, not in source order; output is sorted by cut time', () => {
		const segments = [
			{startMs: 20_000, endMs: 23_000},
			{startMs: 0, endMs: 5000},
		];
		const cues = [cue(1, 1000, 2000), cue(2, 21_000, 22_000)];
		expect(times(retimeCues({cues, segments}))).toEqual([
			[2, 1000, 2000],
			[1, 4000, 5000],
		]);
	});

	test('a moment used twice shows its cue twice', () => {
		const segments = [
			{startMs: 1000, endMs: 3000},
			{startMs: 1000, endMs: 3000},
		];
		expect(times(retimeCues({cues: [cue(1, 1500, 2500)], segments}))).toEqual([
			[1, 500, 1500],
			[1, 2500, 3500],
		]);
	});

	test('pieces keep the text, index and line of their cue, so problems still point into the file', () => {
		const [first, second] = retimeCues({cues: [cue(7, 4000, 11_000)], segments: threeCuts});
		expect(first).toEqual({index: 7, line: 26, startMs: 4000, endMs: 5000, text: 'cue 7'});
		expect(second).toEqual({index: 7, line: 26, startMs: 5000, endMs: 6000, text: 'cue 7'});
	});

	test('fractional frame-snapped segments give exact cut times', () => {
		const segments = [{startMs: 1000, endMs: 2966.6666666666665}];
		expect(times(retimeCues({cues: [cue(1, 2000, 4000)], segments}))).toEqual([[1, 1000, 1966.6666666666665]]);
	});

	test.each([
		{segment: {startMs: 5000, endMs: 5000}},
		{segment: {startMs: 5000, endMs: 4000}},
		{segment: {startMs: -1, endMs: 4000}},
	])('rejects a segment that is not a span: $segment', ({segment}) => {
		expect(() => retimeCues({cues: [], segments: [segment]})).toThrow(
			`segments[0] = {startMs: ${segment.startMs}, endMs: ${segment.endMs}}: a segment needs 0 ≤ startMs < endMs; fix its in and out points`,
		);
	});
});
