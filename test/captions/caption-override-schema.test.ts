import {describe, expect, expectTypeOf, test} from 'vitest';
import {type CaptionOverride, captionOverrideSchema} from '../../src/captions';

const issues = (value: unknown) => {
	const result = captionOverrideSchema.safeParse(value);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.') || '(override)'}: ${issue.message}`);
};

describe('captionOverrideSchema', () => {
	test.each([
		{cue: 1, text: 'Nouveau texte'},
		{cue: 3, startMs: 1200},
		{cue: 3, endMs: 5000},
		{cue: 3, startMs: 1200, endMs: 5000, text: 'Les deux'},
		{cue: 12, remove: true},
		{cue: 2, breaks: [{word: 'chorégraphie', break: 'page'}]},
		{cue: 2, breaks: [{word: 'la', occurrence: 2, position: 'after', break: 'none'}]},
	])('accepts %o', (value) => {
		expect(issues(value)).toEqual([]);
	});

	test.each([
		{
			value: {cue: 0, remove: true},
			expected: ['cue: must be 1 or more: cues are numbered from 1 in the order of the file'],
		},
		{
			value: {cue: 1.5, remove: true},
			expected: ['cue: must be a whole number: the cue number in the subtitle file (1 is the first cue)'],
		},
		{
			value: {cue: 2},
			expected: ['(override): changes nothing; give at least one of "text", "startMs", "endMs", "remove" or "breaks"'],
		},
		{
			value: {cue: 2, texte: 'coquille'},
			expected: [
				'(override): Unrecognized key: "texte"',
				'(override): changes nothing; give at least one of "text", "startMs", "endMs", "remove" or "breaks"',
			],
		},
		{value: {cue: 2, text: '  '}, expected: ['text: is empty; to hide the cue, write "remove": true instead']},
		{
			value: {cue: 2, startMs: -5},
			expected: ['startMs: is negative; give the start time in milliseconds from the start of the source'],
		},
		{
			value: {cue: 2, endMs: 1000.5},
			expected: ["endMs: must be a whole number of milliseconds, the end time in the subtitle file's timeline"],
		},
		{value: {cue: 2, startMs: 3000, endMs: 2000}, expected: ['endMs: "endMs" must be after "startMs"']},
		{
			value: {cue: 2, remove: true, text: 'x'},
			expected: [
				'(override): "remove": true drops the cue; leave out "text", "startMs", "endMs" and "breaks" or drop "remove"',
			],
		},
		{
			value: {cue: 2, breaks: [{word: 'la', position: 'avant', break: 'page'}]},
			expected: ['breaks.0.position: must be "before" or "after" (the word)'],
		},
		{
			value: {cue: 2, breaks: [{word: ' ', break: 'saut'}]},
			expected: [
				'breaks.0.word: is empty; write a word of the cue, e.g. "chorégraphie"',
				'breaks.0.break: must be "page", "line" or "none"',
			],
		},
		{
			value: {cue: 2, breaks: [{word: 'la', occurrence: 0, break: 'line'}]},
			expected: ['breaks.0.occurrence: must be 1 or more: 1 is the word’s first time in the cue'],
		},
	])('rejects $value', ({value, expected}) => {
		expect(issues(value)).toEqual(expected);
	});

	test('its type is the one applyCaptionOverrides takes', () => {
		expectTypeOf<CaptionOverride>().toEqualTypeOf<{
			cue: number;
			text?: string | undefined;
			startMs?: number | undefined;
			endMs?: number | undefined;
			remove?: boolean | undefined;
			breaks?:
				| Array<{
						word: string;
						position?: 'before' | 'after' | undefined;
						occurrence?: number | undefined;
						break: 'page' | 'line' | 'none';
				  }>
				| undefined;
		}>();
	});
});
