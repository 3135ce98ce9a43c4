/**
 * Words as a reader compares them: lower case, without accents (tesseract often reads the
 * small accent of a capital, Ê, as E; French print drops it on capitals too), apostrophes,
 * no-break spaces, punctuation, quotes, dashes, `#` and `@` dropped. A word is a run of
 * letters and digits, so « l’école » is two words, `l` and `ecole`, whichever apostrophe
 * the OCR reads.
 */
export const getWords = (text: string): string[] =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('fr')
		.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The end (exclusive) of the run of expected words from `start` that `token` spells out
 * whole, two words at least, each gap between them read as nothing or as one stray
 * character; null if it does not. Outlined captions and condensed display type have narrow
 * word gaps that OCR reads as no space or as an `l`, `f` or `i` ("lefsquare" for "le square").
 */
const getJoinedRunEnd = (token: string, expected: readonly string[], taken: readonly boolean[], start: number) => {
	let position = 0;
	for (let i = start; i < expected.length && !taken[i]; i++) {
		const word = expected[i]!;
		if (token.startsWith(word, position)) position += word.length;
		else if (i > start && token.startsWith(word, position + 1)) position += word.length + 1;
		else return null;
		if (position === token.length) return i > start ? i + 1 : null;
	}
	return null;
};

/** Which of the expected words one reading gives back, by position. */
const findReadWords = (expected: readonly string[], read: readonly string[]): boolean[] => {
	const taken = expected.map(() => false);
	const used = read.map(() => false);
	read.forEach((token, k) => {
		const i = expected.findIndex((word, j) => !taken[j] && word === token);
		if (i >= 0) [taken[i], used[k]] = [true, true];
	});
	read.forEach((token, k) => {
		if (used[k]) return;
		for (let start = 0; start < expected.length; start++) {
			const end = getJoinedRunEnd(token, expected, taken, start);
			if (end === null) continue;
			for (let i = start; i < end; i++) taken[i] = true;
			used[k] = true;
			return;
		}
	});
	// A word read in two pieces ("prime" "videofr").
	read.forEach((token, k) => {
		const next = read[k + 1];
		if (used[k] || next === undefined || used[k + 1]) return;
		const i = expected.findIndex((word, j) => !taken[j] && word === token + next);
		if (i >= 0) [taken[i], used[k], used[k + 1]] = [true, true, true];
	});
	return taken;
};

export type WordComparison = {
	expected: string[];
	/** Expected words no reading gave back, in order. */
	missed: string[];
	/** Share of the expected words read back, 0–1. */
	recall: number;
};

/** How many of `expected`'s words the OCR gives back in any of its readings of the same image. */
export const compareWords = ({expected, readings}: {expected: string; readings: readonly string[]}): WordComparison => {
	const words = getWords(expected);
	const read = words.map(() => false);
	for (const reading of readings) {
		findReadWords(words, getWords(reading)).forEach((found, i) => void (read[i] ||= found));
	}
	const missed = words.filter((_, i) => !read[i]);
	return {expected: words, missed, recall: words.length === 0 ? 1 : 1 - missed.length / words.length};
};
