import {type CaptionPage, type Cue, getCaptionChangePoints} from '../captions';
import {countPointsUpTo, type OverlayTrack, type PageTiming} from '../timeline/frame-layers';

/**
 * The solo key a caption page is captured under with every word highlighted (CaptionTrack
 * draws it so, and hands over each word's box in the artifact of the same name).
 */
export const getCaptionWordsKey = (track: string, page: number): string => `caption-words-${track}-${page}`;

/** The artifact holding the word boxes of a page captured under `key`, as JSON (WordBox[]). */
export const getCaptionWordsFile = (key: string): string => `${key}.json`;

/** Whether an artifact holds word boxes (getCaptionWordsFile). */
export const isCaptionWordsFile = (file: string): boolean => file.startsWith('caption-words-');

/** Where a word's ink (its stroke included) stands, in composition pixels. */
export type WordBox = {left: number; top: number; right: number; bottom: number};

/** Pages as a plan needs them: when each is shown, when each of its words is highlighted. Pure. */
export const getPageTimings = (pages: readonly CaptionPage[]): PageTiming[] =>
	pages.map(({startMs, endMs, lines}) => ({
		startMs,
		endMs,
		words: lines.flat().map((word) => ({startMs: word.startMs, endMs: word.endMs})),
	}));

/** The index of the page shown at `nowMs`, -1 between pages: as CaptionTrack picks it. */
export const findPageAt = (pages: readonly {startMs: number; endMs: number}[], nowMs: number): number =>
	pages.findIndex((page) => nowMs >= page.startMs && nowMs < page.endMs);

/** Whether a word is highlighted at `nowMs`: as CaptionTrack draws it. */
export const isWordActive = (word: {startMs: number; endMs: number}, nowMs: number): boolean =>
	nowMs >= word.startMs && nowMs < word.endMs;

/**
 * A caption track's part of a frame's overlay, for a kind's layers. With its pages measured:
 * the page, drawn without highlight in the overlay capture, and each highlighted word a
 * track showing its box of the page captured once with every word highlighted; a page is
 * two captures however many words it has. Without them (a plan made before the browser
 * measured, as the dry run's): a state per time the captions may change. Pure.
 */
export const getCaptionParts = ({
	track,
	pages,
	cues,
	nowMs,
}: {
	track: string;
	pages: readonly PageTiming[] | null;
	cues: readonly Cue[];
	nowMs: number;
}): (string | null | OverlayTrack)[] => {
	if (!pages) {
		const points = getCaptionChangePoints(cues);
		return [points ? `c${countPointsUpTo(points, nowMs)}` : null];
	}
	const index = findPageAt(pages, nowMs);
	if (index === -1) return ['no page'];
	const source = getCaptionWordsKey(track, index);
	return [
		`page ${index}`,
		...pages[index]!.words.flatMap((word, w) =>
			isWordActive(word, nowMs) ? [{key: `${source}-${w}`, opacity: 1, rise: 0, part: {source, index: w}}] : [],
		),
	];
};
