import {CAPTION_SPECS} from './caption-specs';
import type {CaptionPage} from './types';

export type SpaceCaptionPagesInput<Page extends CaptionPage = CaptionPage> = {
	pages: readonly Page[];
	/** Blank time between two pages, so the eye sees a new page (2 frames at 30 fps). */
	minGapMs: number;
};

/**
 * Puts pages one after the other with at least `minGapMs` between them. Overlapping pages
 * (from overlapping cues) cannot share the screen: the later one starts when the earlier
 * ends; if that would leave it too short to read, it keeps its own length (up to 833 ms)
 * and pushes the rest back. The gap is taken from the end of the earlier page, unless that
 * page is too short to give it: showing both beats losing one. Other fields of a page are kept.
 */
export const spaceCaptionPages = <Page extends CaptionPage>({
	pages,
	minGapMs,
}: SpaceCaptionPagesInput<Page>): Page[] => {
	const sorted = [...pages].sort((a, b) => a.startMs - b.startMs);
	const spaced: Page[] = [];
	for (const page of sorted) {
		let {startMs, endMs} = page;
		const previous = spaced[spaced.length - 1];
		if (previous) {
			if (startMs < previous.endMs) {
				const keptMs = Math.min(endMs - startMs, CAPTION_SPECS.minDurationMs);
				startMs = previous.endMs;
				endMs = Math.max(endMs, startMs + keptMs);
			}
			const earlierEndMs = startMs - minGapMs;
			if (earlierEndMs < previous.endMs && earlierEndMs > previous.startMs) previous.endMs = earlierEndMs;
		}
		spaced.push({...page, startMs, endMs});
	}
	return spaced.map((page) => {
		const {startMs, endMs, lines} = page;
		// Words keep their times, clipped to the page; the first and last reach its edges so
		// the highlight runs the whole time the page is up.
		const fitted = lines.map((line) =>
			line.map((word) => {
				const wordStartMs = Math.min(Math.max(word.startMs, startMs), endMs);
				return {...word, startMs: wordStartMs, endMs: Math.min(Math.max(word.endMs, wordStartMs), endMs)};
			}),
		);
		const first = fitted[0]?.[0];
		const lastLine = fitted[fitted.length - 1];
		const last = lastLine?.[lastLine.length - 1];
		if (first) first.startMs = startMs;
		if (last) last.endMs = endMs;
		return {...page, lines: fitted};
	});
};
