import type {SegmentMs} from './get-segment-frames';

/** What a phrase is made of: subtitle cues in source time (src/captions `Cue`). */
type PhraseCue = {index: number; startMs: number; endMs: number; text: string};

/** A stretch of speech that a cut may take or leave whole: in and out points sit in silence. */
export type SpeechPhrase = SegmentMs & {
	/** When the first word starts and the last word ends, in source time. */
	speechStartMs: number;
	speechEndMs: number;
	/** The cues' numbers in the subtitle file. */
	cues: number[];
	text: string;
};

/** Air kept before the first word and after the last, as the sample teasers' editors cut (~0.3 s). */
export const PHRASE_PADDING_MS = {leadMs: 300, tailMs: 300} as const;

// A cue that ends mid-clause (no closing punctuation, or a comma) runs on into the next one;
// one that ends on a colon or semicolon is a pause a cut can take ("Je commence :").
const ENDS_SENTENCE = /[.!?…:;»"”)]\s*$/;

/**
 * The speech of a subtitle file as phrases: whole cues (a caption page never mixes two cues,
 * src/captions/paginate-captions.ts, so a cut between cues keeps every page and every word),
 * joined when a clause runs on over two cues or when cues overlap. Each phrase's in and out
 * points take at most 0.3 s of the silence around it, never past the middle of a gap, so two
 * neighbouring phrases never share a frame of speech. Pure.
 */
export const getSpeechPhrases = ({cues}: {cues: readonly PhraseCue[]}): SpeechPhrase[] => {
	const sorted = [...cues].filter((c) => c.endMs > c.startMs).sort((a, b) => a.startMs - b.startMs);
	const groups: PhraseCue[][] = [];
	for (const cue of sorted) {
		const group = groups[groups.length - 1];
		const last = group?.[group.length - 1];
		const runsOn = last !== undefined && (!ENDS_SENTENCE.test(last.text) || cue.startMs < last.endMs);
		if (group && runsOn) group.push(cue);
		else groups.push([cue]);
	}
	const spans = groups.map((group) => ({
		speechStartMs: group[0]!.startMs,
		speechEndMs: Math.max(...group.map((c) => c.endMs)),
		cues: group.map((c) => c.index),
		text: group.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' '),
	}));
	return spans.map((span, i) => {
		const previousEnd = spans[i - 1]?.speechEndMs ?? Number.NEGATIVE_INFINITY;
		const nextStart = spans[i + 1]?.speechStartMs ?? Number.POSITIVE_INFINITY;
		return {
			...span,
			startMs: Math.round(
				Math.max(span.speechStartMs - PHRASE_PADDING_MS.leadMs, (previousEnd + span.speechStartMs) / 2, 0),
			),
			endMs: Math.round(Math.min(span.speechEndMs + PHRASE_PADDING_MS.tailMs, (span.speechEndMs + nextStart) / 2)),
		};
	});
};
