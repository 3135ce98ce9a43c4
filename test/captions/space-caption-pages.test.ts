import {describe, expect, test} from 'vitest';
import {type CaptionPage, spaceCaptionPages} from '../../src/captions';

const page = (text: string, startMs: number, endMs: number): CaptionPage => ({
	startMs,
	endMs,
	lines: [[{text, startMs, endMs}]],
});
const spans = (pages: CaptionPage[]) => pages.map((p) => [p.startMs, p.endMs]);

describe('spaceCaptionPages', () => {
	test.each([
		{what: 'no pages', pages: [], expected: []},
		{what: 'one page', pages: [page('a', 0, 1000)], expected: [[0, 1000]]},
		{
			what: 'a 66 ms gap grows to 67 ms',
			pages: [page('a', 0, 1000), page('b', 1066, 2000)],
			expected: [
				[0, 999],
				[1066, 2000],
			],
		},
		{
			what: 'a custom gap (3 frames at 25 fps)',
			pages: [page('a', 0, 1000), page('b', 1000, 2000)],
			minGapMs: 120,
			expected: [
				[0, 880],
				[1000, 2000],
			],
		},
		{
			what: 'a page too short to give the gap keeps its time: both are shown',
			pages: [page('a', 1000, 1050), page('b', 1050, 2000)],
			expected: [
				[1000, 1050],
				[1050, 2000],
			],
		},
		{
			what: 'a page trimmed to almost nothing keeps up to 833 ms',
			pages: [page('a', 0, 3000), page('b', 100, 3100)],
			expected: [
				[0, 2933],
				[3000, 3833],
			],
		},
		{
			what: 'the push-back cascades',
			pages: [page('a', 0, 2000), page('b', 500, 1000), page('c', 1500, 3500)],
			expected: [
				[0, 1933],
				[2000, 2433],
				[2500, 3500],
			],
		},
	])('$what', ({pages, minGapMs = 67, expected}) => {
		expect(spans(spaceCaptionPages({pages, minGapMs}))).toEqual(expected);
	});

	test('words are clipped to their page, the first and last reaching its edges', () => {
		const a: CaptionPage = {
			startMs: 0,
			endMs: 1000,
			lines: [
				[
					{text: 'Un', startMs: 0, endMs: 500},
					{text: 'deux', startMs: 500, endMs: 1000},
				],
			],
		};
		const b: CaptionPage = {
			startMs: 800,
			endMs: 2000,
			lines: [
				[
					{text: 'trois', startMs: 800, endMs: 1400},
					{text: 'quatre', startMs: 1400, endMs: 2000},
				],
			],
		};
		expect(spaceCaptionPages({pages: [a, b], minGapMs: 67}).map((p) => p.lines)).toEqual([
			[
				[
					{text: 'Un', startMs: 0, endMs: 500},
					{text: 'deux', startMs: 500, endMs: 933},
				],
			],
			[
				[
					{text: 'trois', startMs: 1000, endMs: 1400},
					{text: 'quatre', startMs: 1400, endMs: 2000},
				],
			],
		]);
	});

	test('the pages given are not changed', () => {
		const pages = [page('a', 0, 1000), page('b', 1000, 2000)];
		spaceCaptionPages({pages, minGapMs: 67});
		expect(spans(pages)).toEqual([
			[0, 1000],
			[1000, 2000],
		]);
	});
});
