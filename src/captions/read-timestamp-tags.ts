import {cleanCueText} from './clean-cue-text';
import {getSpokenWeights} from './get-spoken-weights';
import {parseTimestamp} from './parse-timestamp';
import {shareTimeByWeight} from './share-time-by-weight';
import type {CaptionWord} from './types';

export type ReadTimestampTagsInput = {
	/** The cue's raw text lines, tags and all. */
	lines: readonly string[];
	startMs: number;
	endMs: number;
};

export type ReadTimestampTagsOutput = {
	/** The cue's words with their times, or null when the cue has no timestamp tag. */
	words: CaptionWord[] | null;
	/** The first tag that could not be used, said so that an editor can fix it, or null. */
	flaw: {lineOffset: number; message: string} | null;
};

// WebVTT karaoke: `<00:00:01.500>` inside the text is when the text after it is said.
const TAG = /<(\d[\d:.,]*)>/g;

// Markup, entities, override tags, control characters: what cleanCueText would change.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[<&{\u0000-\u001F\u007F-\u009F]/;

type Piece = {text: string; atMs: number};

const formatMs = (ms: number): string => {
	const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');
	return `${pad(ms / 3_600_000)}:${pad((ms / 60_000) % 60)}:${pad((ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * Word times from WebVTT timestamp tags. The text before the first tag is said from the cue's
 * start; each tag starts the text after it. The words of one stretch share its time by French
 * syllables and pauses, so a tag before every word times every word. A tag that is not a time, falls
 * outside the cue or goes back in time is left out, as if not written, and reported (the
 * first one, and how many).
 */
export const readTimestampTags = ({lines, startMs, endMs}: ReadTimestampTagsInput): ReadTimestampTagsOutput => {
	// Most cues have no tag: one quick look instead of building their stretches.
	if (!lines.some((line) => line.includes('<'))) return {words: null, flaw: null};
	const pieces: Piece[] = [];
	let atMs = startMs;
	let pending = '';
	let tags = 0;
	let bad = 0;
	let firstBad: {lineOffset: number; message: string} | null = null;
	for (const [lineOffset, line] of lines.entries()) {
		let from = 0;
		for (const match of line.matchAll(TAG)) {
			tags++;
			pending += line.slice(from, match.index);
			from = match.index + match[0].length;
			const ms = parseTimestamp({text: match[1] ?? ''});
			const wrong =
				ms === null
					? 'is not a time like <00:00:01.500>'
					: ms < atMs
						? `goes back before ${formatMs(atMs)}, the time already reached in this cue`
						: ms > endMs
							? `is after the cue's end (${formatMs(endMs)})`
							: null;
			if (wrong === null && ms !== null) {
				pieces.push({text: pending, atMs});
				pending = '';
				atMs = ms;
			} else if (bad++ === 0) firstBad = {lineOffset, message: `the word time ${match[0]} ${wrong}`};
		}
		pending += `${line.slice(from)} `;
	}
	pieces.push({text: pending, atMs});
	if (tags === 0) return {words: null, flaw: null};
	const words = pieces.flatMap(({text, atMs: pieceStartMs}, i) => {
		// Most stretches are a plain word or two: cleaning them one by one cost 80 ms for 6,000 tags.
		const plain = NEEDS_CLEANING.test(text) ? cleanCueText({lines: [text]}).text : text;
		const texts = plain.split(/\s+/).filter((word) => word !== '');
		const untilMs = pieces[i + 1]?.atMs ?? endMs;
		// A tag before every word (the usual case) leaves nothing to share.
		const weights = texts.length > 1 ? getSpokenWeights(texts) : [1];
		const spans = shareTimeByWeight({weights, startMs: pieceStartMs, endMs: untilMs});
		return texts.map((word, k) => ({
			text: word,
			startMs: spans[k]?.[0] ?? pieceStartMs,
			endMs: spans[k]?.[1] ?? untilMs,
		}));
	});
	const more = bad > 1 ? ` (and ${bad - 1} more word times of this cue); they are` : '; it is';
	const fix = 'ignored: fix the times so they run in order inside the cue';
	return {words, flaw: firstBad && {...firstBad, message: `${firstBad.message}${more} ${fix}`}};
};
