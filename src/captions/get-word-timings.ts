import {alignWordTimes, type WordTime} from './align-word-times';
import {getSpokenWeights} from './get-spoken-weights';
import {shareTimeByWeight} from './share-time-by-weight';
import type {CaptionWord, Cue} from './types';

export type GetWordTimingsInput = {cue: Cue};

// Only breakable spaces separate words: U+00A0 and U+202F glue punctuation to its word
// ("vrai ?"), so the two never land on different lines or get highlighted apart.
const WORD_SEPARATOR = /[ \t]+/;
// A speaker's dash opens the line; alone it would be a "word" the highlight lands on.
const DIALOGUE_DASH = /^([-–—])[ \u00A0\u202F]+/;

/** The cue's words as shown: split at breakable spaces, a speaker's dash kept with its word. */
const splitCueWords = (text: string): string[] =>
	text.split('\n').flatMap((line) => {
		const dash = DIALOGUE_DASH.exec(line.trim());
		const rest = dash ? line.trim().slice(dash[0].length) : line;
		const words = rest.split(WORD_SEPARATOR).filter((word) => word !== '');
		if (dash && words[0] !== undefined) words[0] = `${dash[1]} ${words[0]}`;
		return words;
	});

/**
 * The cue's words and the time each is highlighted. Where the cue carries word times (WebVTT
 * timestamp tags, a word-level caption JSON), each word takes its own, clipped to the cue; the
 * words without one share the time between their timed neighbours, and so do all the words of
 * a cue without word times, from its start to its end: by French syllables and the pauses
 * punctuation makes, which is what takes time to say (getSpokenWeights). Words never overlap and keep their order.
 */
export const getWordTimings = ({cue}: GetWordTimingsInput): CaptionWord[] => {
	const texts = splitCueWords(cue.text);
	const known: (WordTime | null)[] = cue.words ? alignWordTimes({texts, words: cue.words}) : texts.map(() => null);
	// Only words without a time of their own are weighed (counting syllables is most of the work).
	let weights: number[] | null = null;
	const clip = (ms: number) => Math.min(Math.max(ms, cue.startMs), cue.endMs);
	const timed: CaptionWord[] = [];
	let i = 0;
	while (i < texts.length) {
		const previousEndMs = timed[timed.length - 1]?.endMs ?? cue.startMs;
		const time = known[i];
		if (time) {
			const startMs = Math.max(clip(time.startMs), previousEndMs);
			timed.push({text: texts[i] ?? '', startMs, endMs: Math.max(clip(time.endMs), startMs)});
			i++;
			continue;
		}
		let next = i;
		while (next < texts.length && !known[next]) next++;
		const nextStartMs = known[next]?.startMs;
		const untilMs = Math.max(nextStartMs === undefined ? cue.endMs : clip(nextStartMs), previousEndMs);
		weights ??= getSpokenWeights(texts);
		shareTimeByWeight({weights: weights.slice(i, next), startMs: previousEndMs, endMs: untilMs}).forEach(
			([startMs, endMs], k) => timed.push({text: texts[i + k] ?? '', startMs, endMs}),
		);
		i = next;
	}
	return timed;
};
