import type {CaptionPage} from './types';

/**
 * Every time (ms) at which captions made of these pages change: a page starts or ends, a
 * word's highlight starts or ends. Exact, where getCaptionChangePoints, not knowing how the
 * words wrap, also counts the times a page might end. Pure.
 */
export const getCaptionPagePoints = (pages: readonly CaptionPage[]): number[] => {
	const points = pages.flatMap((page) => [
		page.startMs,
		page.endMs,
		...page.lines.flat().flatMap((word) => [word.startMs, word.endMs]),
	]);
	return [...new Set(points)].sort((a, b) => a - b);
};
