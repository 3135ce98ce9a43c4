import type {SegmentMs} from './get-segment-frames';
import type {SpeechPhrase} from './get-speech-phrases';

/**
 * How strong a phrase is, strongest first: the hook (the first line of the editor's cut),
 * then the rest of the editor's cut, then the rest of the episode.
 */
export type PhraseRank = 'hook' | 'cut' | 'episode';

export type CutDownPhrase = SpeechPhrase & {
	rank: PhraseRank;
	/** Characters said per second: within a rank, a denser line tells more in its seconds. */
	charsPerSecond: number;
	kept: boolean;
	/** Why it was kept or left out, as the check prints it. */
	why: string;
};

export type CutDown = {
	/** The cut, in play order: the hook's stretch first, then the rest in source order. */
	segments: SegmentMs[];
	/** Every phrase of the episode, in source order. */
	phrases: CutDownPhrase[];
	/** The asset's length with this cut, as `measureFrames` gives it. */
	durationInFrames: number;
};

const overlapMs = (a: SegmentMs, b: SegmentMs) =>
	Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Runs of neighbouring phrases become one segment (the pause between them plays too). */
const toSegments = (phrases: readonly SpeechPhrase[], kept: ReadonlySet<number>, hook: number | null) => {
	const runs: number[][] = [];
	for (const i of [...kept].sort((a, b) => a - b)) {
		const run = runs[runs.length - 1];
		if (run && run[run.length - 1] === i - 1) run.push(i);
		else runs.push([i]);
	}
	const first = runs.findIndex((run) => hook !== null && run.includes(hook));
	const ordered = first <= 0 ? runs : [runs[first]!, ...runs.filter((_, k) => k !== first)];
	return ordered.map((run) => ({startMs: phrases[run[0]!]!.startMs, endMs: phrases[run[run.length - 1]!]!.endMs}));
};

/**
 * A cut-down: the strongest whole phrases of an episode that fit in `maxFrames`. The
 * phrases of the editor's cut (`base`: the teaser's segments or the trailer's clips) come
 * first, its first line (the hook) before all; then those of the rest of the episode, each
 * rank by speech density. Phrases are taken in that order while they fit, so a short cut
 * keeps the hook and the densest lines, and a longer one adds lines from elsewhere. A phrase
 * counts as in the cut when at least half of its speech is. Pure.
 */
export const selectCutDown = ({
	phrases,
	base,
	baseName,
	maxFrames,
	measureFrames,
	fps,
	maxSegments = Number.POSITIVE_INFINITY,
	minSegmentMs = 0,
}: {
	/** The episode's phrases in source order (getSpeechPhrases). */
	phrases: readonly SpeechPhrase[];
	/** The editor's cut, in play order. */
	base: readonly SegmentMs[];
	/** How the check names the base: "the teaser's cut". */
	baseName: string;
	maxFrames: number;
	/** The asset's length, in frames, with these segments. */
	measureFrames: (segments: SegmentMs[]) => number;
	fps: number;
	/** A trailer shows at most 3 clips. */
	maxSegments?: number;
	minSegmentMs?: number;
}): CutDown => {
	const speech = phrases.map((p) => ({startMs: p.speechStartMs, endMs: p.speechEndMs}));
	const placeInBase = speech.map((s) => {
		const overlaps = base.map((segment) => overlapMs(s, segment));
		const best = Math.max(0, ...overlaps);
		return best * 2 >= s.endMs - s.startMs ? overlaps.indexOf(best) : -1;
	});
	const inBase = phrases.map((_, i) => i).filter((i) => placeInBase[i]! >= 0);
	const hook = inBase.length === 0 ? null : inBase.sort((a, b) => placeInBase[a]! - placeInBase[b]! || a - b)[0]!;
	const charsPerSecond = phrases.map((p, i) => {
		const {startMs, endMs} = speech[i]!;
		return (p.text.replace(/\s/g, '').length * 1000) / Math.max(1, endMs - startMs);
	});
	const rankOf = (i: number): PhraseRank => (i === hook ? 'hook' : placeInBase[i]! >= 0 ? 'cut' : 'episode');
	const ORDER: Record<PhraseRank, number> = {hook: 0, cut: 1, episode: 2};
	const ranked = phrases
		.map((_, i) => i)
		.sort((a, b) => ORDER[rankOf(a)] - ORDER[rankOf(b)] || charsPerSecond[b]! - charsPerSecond[a]! || a - b);

	const kept = new Set<number>();
	const why = new Map<number, string>();
	let durationInFrames = measureFrames([]);
	for (const i of ranked) {
		const candidate = new Set([...kept, i]);
		const segments = toSegments(phrases, candidate, hook);
		if (segments.length > maxSegments) {
			why.set(i, `left out: it would make cut ${segments.length}, and this asset takes at most ${maxSegments}`);
			continue;
		}
		if (segments.some((s) => s.endMs - s.startMs < minSegmentMs)) {
			why.set(i, `left out: alone it is shorter than the ${seconds(minSegmentMs)} s a cut must last`);
			continue;
		}
		const frames = measureFrames(segments);
		if (frames > maxFrames) {
			const needs = seconds(((frames - durationInFrames) * 1000) / fps);
			why.set(i, `left out: needs ${needs} s, ${seconds(((maxFrames - durationInFrames) * 1000) / fps)} s left`);
			continue;
		}
		kept.add(i);
		durationInFrames = frames;
		const density = `${charsPerSecond[i]!.toFixed(1)} chars/s`;
		why.set(
			i,
			rankOf(i) === 'hook'
				? `hook: the first line of ${baseName}`
				: rankOf(i) === 'cut'
					? `in ${baseName}, ${density}`
					: `from the rest of the episode, ${density}`,
		);
	}
	return {
		segments: toSegments(phrases, kept, hook),
		phrases: phrases.map((p, i) => ({
			...p,
			rank: rankOf(i),
			charsPerSecond: charsPerSecond[i]!,
			kept: kept.has(i),
			why: why.get(i) ?? '',
		})),
		durationInFrames,
	};
};
