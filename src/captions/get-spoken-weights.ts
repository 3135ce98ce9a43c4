import {countFrenchSyllables} from './count-french-syllables';

// The pause a speaker makes after punctuation, in syllables: OURS, round numbers. On the
// sample speech (test/captions/sample-word-timing.test.ts) they bring the furthest the
// highlight runs ahead of the voice from 25 frames (syllables alone) down to 8.
const COMMA_PAUSE = 1; // , ; : and a dash
const STOP_PAUSE = 2; // . ! ? …

const pauseAfter = (word: string): number => {
	const end = word.replace(/[\s»"”’)\]]+$/u, '');
	if (/[.!?…]$/.test(end)) return STOP_PAUSE;
	return /[,;:—–-]$/.test(end) ? COMMA_PAUSE : 0;
};

/**
 * How long each of these words takes to say, relative to the others: its French syllables,
 * plus the pause its punctuation makes before the next word (none after the last).
 */
export const getSpokenWeights = (words: readonly string[]): number[] =>
	words.map((word, i) => countFrenchSyllables(word) + (i < words.length - 1 ? pauseAfter(word) : 0));
