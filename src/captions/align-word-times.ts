import type {CaptionWord} from './types';

export type AlignWordTimesInput = {
	/** The words as shown, in order (typeset, punctuation glued on). */
	texts: readonly string[];
	/** Timed words of the same speech, as a file gives them (tokens may split or join words differently). */
	words: readonly CaptionWord[];
};

export type WordTime = {startMs: number; endMs: number};

/** What is said, not how it is typed: letters and digits, lower case, accents dropped. */
const toSpoken = (text: string): string =>
	text
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();

/**
 * The time of each shown word, read from timed words of the same text, matched letter by
 * letter, so typography (`vrai ?`, `’`, `« »`) and tokens cut inside a word do not matter.
 * Where the texts differ (an override fixed a typo), the words of the common start and of
 * the common end keep their times and the ones between get null, as do words without letters.
 */
export const alignWordTimes = ({texts, words}: AlignWordTimesInput): (WordTime | null)[] => {
	const owners: number[] = [];
	let timed = '';
	words.forEach((word, i) => {
		const spoken = toSpoken(word.text);
		timed += spoken;
		for (let k = 0; k < spoken.length; k++) owners.push(i);
	});
	const ranges: [number, number][] = [];
	let shown = '';
	for (const text of texts) {
		const from = shown.length;
		shown += toSpoken(text);
		ranges.push([from, shown.length]);
	}
	const shortest = Math.min(shown.length, timed.length);
	let prefix = 0;
	while (prefix < shortest && shown[prefix] === timed[prefix]) prefix++;
	let suffix = 0;
	while (suffix < shortest - prefix && shown[shown.length - 1 - suffix] === timed[timed.length - 1 - suffix]) suffix++;
	// Index in the timed letters of the shown letter `k`, or null where the texts differ.
	const toTimed = (k: number): number | null => {
		if (k < prefix) return k;
		if (k >= shown.length - suffix) return k - shown.length + timed.length;
		return null;
	};
	return ranges.map(([from, to]) => {
		if (to === from) return null;
		const first = toTimed(from);
		const last = toTimed(to - 1);
		// A word across the edit is partly new: its time is not known.
		if (first === null || last === null || last - first !== to - 1 - from) return null;
		const startWord = words[owners[first] ?? -1];
		const endWord = words[owners[last] ?? -1];
		return startWord && endWord ? {startMs: startWord.startMs, endMs: endWord.endMs} : null;
	});
};
