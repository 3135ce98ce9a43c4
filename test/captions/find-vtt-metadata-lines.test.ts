import {describe, expect, test} from 'vitest';
import {findVttMetadataLines} from '../../src/captions';

const lineNumbers = (text: string) => [...findVttMetadataLines({lines: text.split('\n')})].map((i) => i + 1);

describe('findVttMetadataLines', () => {
	test.each([
		{
			what: 'header with text',
			text: 'WEBVTT - titre\nKind: captions\n\n00:01.000 --> 00:02.000\nSalut',
			expected: [1, 2],
		},
		{what: 'header right before a cue id', text: 'WEBVTT\nid\n00:01.000 --> 00:02.000\nSalut', expected: [1]},
		{
			what: 'NOTE on one line and on several',
			text: 'WEBVTT\n\nNOTE a\n\nNOTE\nb\nc\n\n00:01.000 --> 00:02.000\nx',
			expected: [1, 3, 5, 6, 7],
		},
		{
			what: 'STYLE and REGION',
			text: 'WEBVTT\n\nSTYLE\n::cue {}\n\nREGION\nid:r\n\n00:01.000 --> 00:02.000\nx',
			expected: [1, 3, 4, 6, 7],
		},
		{what: 'a "NOTE" block holding a cue is a cue', text: 'WEBVTT\n\nNOTE\n00:01.000 --> 00:02.000\nx', expected: [1]},
		{what: 'NOTE inside cue text is text', text: 'WEBVTT\n\n00:01.000 --> 00:02.000\nNOTE that', expected: [1]},
		{what: 'NOTES is not NOTE', text: 'WEBVTT\n\nNOTES\n\n00:01.000 --> 00:02.000\nx', expected: [1]},
	])('$what', ({text, expected}) => {
		expect(lineNumbers(text)).toEqual(expected);
	});
});
