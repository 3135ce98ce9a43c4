import {describe, expect, test} from 'vitest';
import {parseTimingLine} from '../../src/captions';

describe('parseTimingLine', () => {
	test.each([
		{text: '00:00:01,000 --> 00:00:02,500', expected: {kind: 'timing', startMs: 1000, endMs: 2500}},
		{text: '00:01.000-->00:02.000', expected: {kind: 'timing', startMs: 1000, endMs: 2000}},
		{
			text: '00:01.000 --> 00:02.000 align:start position:10% line:85%',
			expected: {kind: 'timing', startMs: 1000, endMs: 2000},
		},
		{text: '00:00:05,000 --> 00:00:03,000', expected: {kind: 'timing', startMs: 5000, endMs: 3000}},
		{text: 'Salut, ça va ?', expected: {kind: 'text'}},
		{text: '18:30 - 19:00 au stade', expected: {kind: 'text'}},
		{text: '42', expected: {kind: 'text'}},
	])('$text', ({text, expected}) => {
		expect(parseTimingLine({text, isVtt: false})).toEqual(expected);
		expect(parseTimingLine({text, isVtt: true})).toEqual(expected);
	});

	test.each([
		{text: '00:00:01,000 -> 00:00:02,000', message: 'has no "-->" arrow'},
		{text: '00:00:01,000 – 00:00:02,000', message: 'has no "-->" arrow'},
		{text: '00:00:01,000 00:00:02,000', message: null},
		{text: '00:00:01,000 --> soon', message: 'cannot read the end time "soon"'},
		{text: ' --> 00:00:02,000', message: 'the start time is missing'},
	])('a broken timing line is an error, not text: $text', ({text, message}) => {
		const result = parseTimingLine({text, isVtt: false});
		if (message === null) {
			// Two timestamps with no separator at all read as text: nothing tells them from dialogue.
			expect(result).toEqual({kind: 'text'});
			return;
		}
		expect(result.kind).toBe('bad-timing');
		expect(result.kind === 'bad-timing' && result.message).toContain(message);
		expect(result.kind === 'bad-timing' && result.message).toContain('write it as 00:01:02,500 --> 00:01:04,000');
	});

	test.each([
		{
			isVtt: false,
			text: '00:00:01,000 -> 00:00:02,000',
			message:
				'timing line "00:00:01,000 -> 00:00:02,000" has no "-->" arrow; write it as 00:01:02,500 --> 00:01:04,000',
		},
		{
			isVtt: true,
			text: '00:00:01.000 -> 00:00:02.000',
			message:
				'timing line "00:00:01.000 -> 00:00:02.000" has no "-->" arrow; write it as 00:01:02.500 --> 00:01:04.000',
		},
		{
			isVtt: true,
			text: '00:01.000 --> 00:02:000',
			message:
				'timing line "00:01.000 --> 00:02:000": cannot read the end time "00:02:000"; write it as 00:01:02.500 --> 00:01:04.000',
		},
	])("the hint is written in the file's format (WebVTT: $isVtt): $text", ({isVtt, text, message}) => {
		expect(parseTimingLine({text, isVtt})).toEqual({kind: 'bad-timing', message});
	});
});
