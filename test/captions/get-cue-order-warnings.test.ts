import {describe, expect, test} from 'vitest';
import {type Cue, getCueOrderWarnings} from '../../src/captions';

const cue = (index: number, startMs: number, endMs: number): Cue => ({
	index,
	line: index * 4 - 2,
	startMs,
	endMs,
	text: `cue ${index}`,
});
const found = (cues: Cue[]) => getCueOrderWarnings({file: 'a.srt', cues}).map((w) => [w.cue, w.rule, w.measured]);

describe('getCueOrderWarnings', () => {
	test.each([
		{what: 'in order, no overlap', cues: [cue(1, 0, 1000), cue(2, 1000, 2000)], expected: []},
		{
			what: 'out of order, no overlap',
			cues: [cue(1, 3000, 4000), cue(2, 0, 1000)],
			expected: [[2, 'out-of-order', undefined]],
		},
		{what: 'overlap', cues: [cue(1, 0, 1500), cue(2, 1000, 2000)], expected: [[2, 'overlap', '500 ms overlap']]},
		{
			what: 'a cue inside another',
			cues: [cue(1, 0, 5000), cue(2, 1000, 2000)],
			expected: [[2, 'overlap', '1000 ms overlap']],
		},
		{
			what: 'overlapping a long cue that is not the previous one',
			cues: [cue(1, 0, 5000), cue(2, 1000, 2000), cue(3, 3000, 4000)],
			expected: [
				[2, 'overlap', '1000 ms overlap'],
				[3, 'overlap', '1000 ms overlap'],
			],
		},
	])('$what', ({cues, expected}) => {
		expect(found(cues)).toEqual(expected);
	});
});
