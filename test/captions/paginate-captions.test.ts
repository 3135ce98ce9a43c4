import {describe, expect, test} from 'vitest';
import {applyFrenchTypography, type CaptionPage, type Cue, getLineText, paginateCaptions} from '../../src/captions';

const PX_PER_CHAR = 24;
// A monospace stand-in for the real font: 24 px per character.
const measureWidth = (text: string) => [...text].length * PX_PER_CHAR;

const cue = (index: number, startMs: number, endMs: number, text: string): Cue => ({
	index,
	line: index * 4 - 2,
	startMs,
	endMs,
	text: applyFrenchTypography(text),
});
const shown = (pages: CaptionPage[]) => pages.map((page) => page.lines.map((line) => getLineText({line})));
const spans = (pages: CaptionPage[]) => pages.map((page) => [page.startMs, page.endMs]);
const words = (pages: CaptionPage[]) => pages.flatMap((page) => page.lines.flat().map((word) => word.text));

const longCue = cue(
	1,
	1000,
	8000,
	"Tout ce qu'il savait de la morale et des obligations des hommes, il le devait au football, disait Camus en souriant.",
);

describe('paginateCaptions: limits hold for a long French cue', () => {
	test.each([
		{limit: 'the 32-character limit (wide px limit)', maxLineWidthPx: 1000, maxChars: 32, maxPx: 1000},
		{limit: 'the px limit, narrower than 32 characters', maxLineWidthPx: 20 * PX_PER_CHAR, maxChars: 20, maxPx: 480},
	])('$limit', ({maxLineWidthPx, maxChars, maxPx}) => {
		const pages = paginateCaptions({cues: [longCue], measureWidth, maxLineWidthPx});
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) {
			expect(page.lines.length).toBeGreaterThanOrEqual(1);
			expect(page.lines.length).toBeLessThanOrEqual(2);
			for (const line of page.lines) {
				const text = getLineText({line});
				expect([...text].length).toBeLessThanOrEqual(maxChars);
				expect(measureWidth(text)).toBeLessThanOrEqual(maxPx);
			}
			expect(page.startMs).toBeGreaterThanOrEqual(longCue.startMs);
			expect(page.endMs).toBeLessThanOrEqual(longCue.endMs);
		}
		// No word is lost, none repeated, order kept.
		expect(words(pages).join(' ')).toBe(longCue.text);
		pages.slice(1).forEach((page, i) => expect(page.startMs - (pages[i]?.endMs ?? 0)).toBeGreaterThanOrEqual(67));
		expect(pages[0]?.startMs).toBe(longCue.startMs);
		expect(pages[pages.length - 1]?.endMs).toBe(longCue.endMs);
	});

	test('what the viewer reads, at 32 characters', () => {
		expect(shown(paginateCaptions({cues: [longCue], measureWidth, maxLineWidthPx: 1000}))).toEqual([
			['Tout ce qu’il savait', 'de la morale et des obligations'],
			['des hommes,', 'il le devait au football,'],
			['disait Camus en souriant.'],
		]);
	});

	test('what the viewer reads, at 480 px (20 characters)', () => {
		expect(shown(paginateCaptions({cues: [longCue], measureWidth, maxLineWidthPx: 480}))).toEqual([
			['Tout ce qu’il savait', 'de la morale'],
			['et des obligations', 'des hommes,'],
			['il le devait', 'au football,'],
			['disait Camus', 'en souriant.'],
		]);
	});

	test('a wide font (capitals) wraps sooner than the character count says', () => {
		const wideCaps = (text: string) => [...text].reduce((px, ch) => px + (/[A-ZÀ-Ý]/.test(ch) ? 40 : 20), 0);
		const pages = paginateCaptions({
			cues: [cue(1, 0, 3000, 'ALLEZ LES BLEUS, ON Y VA')],
			measureWidth: wideCaps,
			maxLineWidthPx: 400,
		});
		expect(shown(pages)).toEqual([['ALLEZ', 'LES BLEUS,'], ['ON Y VA']]);
	});
});

describe('paginateCaptions: lines and pages', () => {
	test('each speaker’s dash opens a new line', () => {
		const pages = paginateCaptions({
			cues: [cue(1, 0, 3000, '- Oui.\n- Non.')],
			measureWidth,
			maxLineWidthPx: 1000,
		});
		expect(shown(pages)).toEqual([['- Oui.', '- Non.']]);
	});

	test('a dialogue cue too long for one page continues on the next', () => {
		const pages = paginateCaptions({
			cues: [cue(1, 10_736, 13_510, "- Les yeux ouverts ?\n- Tu copies « Les Yeux d'Elsa », là !")],
			measureWidth,
			maxLineWidthPx: 1000,
		});
		expect(shown(pages)).toEqual([
			['- Les yeux ouverts\u202F?'],
			['- Tu copies', '«\u202FLes Yeux d’Elsa\u202F», là\u202F!'],
		]);
	});

	test('a word longer than a line goes alone on its line, never lost', () => {
		const pages = paginateCaptions({
			cues: [cue(1, 0, 3000, 'Anticonstitutionnellement, voilà tout')],
			measureWidth,
			maxLineWidthPx: 1000,
			maxCharsPerLine: 12,
			maxLines: 1,
		});
		expect(shown(pages)).toEqual([['Anticonstitutionnellement,'], ['voilà tout']]);
	});

	test('punctuation glued by a narrow no-break space never starts a line', () => {
		const pages = paginateCaptions({
			cues: [cue(1, 0, 3000, 'Tu viens avec nous ?')],
			measureWidth,
			maxLineWidthPx: 1000,
			maxCharsPerLine: 18,
		});
		expect(shown(pages)).toEqual([['Tu viens', 'avec nous\u202F?']]);
	});

	test('a page never mixes two cues, even when both would fit', () => {
		const pages = paginateCaptions({
			cues: [cue(1, 0, 1000, 'Oui.'), cue(2, 1500, 2500, 'Non.')],
			measureWidth,
			maxLineWidthPx: 1000,
		});
		expect(shown(pages)).toEqual([['Oui.'], ['Non.']]);
		expect(spans(pages)).toEqual([
			[0, 1000],
			[1500, 2500],
		]);
	});

	test('the highlighted word runs the whole page, word after word', () => {
		const pages = paginateCaptions({cues: [longCue], measureWidth, maxLineWidthPx: 480});
		for (const page of pages) {
			const pageWords = page.lines.flat();
			expect(pageWords[0]?.startMs).toBe(page.startMs);
			expect(pageWords[pageWords.length - 1]?.endMs).toBe(page.endMs);
			pageWords.slice(1).forEach((word, i) => expect(word.startMs).toBe(pageWords[i]?.endMs));
		}
	});

	test('rejects limits that could never hold a line', () => {
		expect(() => paginateCaptions({cues: [longCue], measureWidth, maxLineWidthPx: 480, maxLines: 0})).toThrow(
			'paginateCaptions: maxLines = 0 and maxCharsPerLine = 32 must be whole numbers ≥ 1',
		);
	});
});

describe('paginateCaptions: timing between pages', () => {
	test.each([
		{
			what: 'back-to-back cues: the earlier page ends 2 frames sooner',
			cues: [cue(1, 0, 1000, 'Un.'), cue(2, 1000, 2000, 'Deux.')],
			expected: [
				[0, 933],
				[1000, 2000],
			],
		},
		{
			what: 'a gap of 67 ms or more is left alone',
			cues: [cue(1, 0, 1000, 'Un.'), cue(2, 1067, 2000, 'Deux.')],
			expected: [
				[0, 1000],
				[1067, 2000],
			],
		},
		{
			what: 'overlapping cues: the later page starts when the earlier ends',
			cues: [cue(1, 1000, 3000, 'Un.'), cue(2, 2500, 5000, 'Deux.')],
			expected: [
				[1000, 2933],
				[3000, 5000],
			],
		},
		{
			what: 'a cue inside another one is shown after it, for its own length',
			cues: [cue(1, 1000, 5000, 'Un.'), cue(2, 2000, 2600, 'Deux.')],
			expected: [
				[1000, 4933],
				[5000, 5600],
			],
		},
		{
			what: 'cues given out of order are paged in time order',
			cues: [cue(2, 3000, 4000, 'Deux.'), cue(1, 0, 1000, 'Un.')],
			expected: [
				[0, 1000],
				[3000, 4000],
			],
		},
	])('$what', ({cues, expected}) => {
		expect(spans(paginateCaptions({cues, measureWidth, maxLineWidthPx: 1000}))).toEqual(expected);
	});
});
