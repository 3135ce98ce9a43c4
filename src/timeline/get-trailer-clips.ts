import type {SegmentMs} from './get-segment-frames';
import {TRAILER_CLIPS} from './trailer-timing';

/** What the clip choice reads of an episode: its teaser cut and its own trailer choices. */
export type EpisodeCuts = {
	teaser: {segments: readonly SegmentMs[]};
	trailer?: {clips?: readonly SegmentMs[] | undefined; seriesClip?: SegmentMs | undefined} | undefined;
};

const cut = ({startMs}: SegmentMs, lengthMs: number): SegmentMs => ({startMs, endMs: startMs + lengthMs});

/**
 * The clips of an episode trailer: the campaign's `trailer.clips`, or else two or three
 * taken from the teaser's cut (already chosen by an editor) within 12 s of footage, so a
 * campaign without trailer data still gets a trailer that fits its slot. A single teaser
 * segment is split in two so that the title card can sit between the halves.
 */
export const getEpisodeTrailerClips = (episode: EpisodeCuts): SegmentMs[] => {
	const chosen = episode.trailer?.clips;
	if (chosen && chosen.length > 0) return chosen.map(({startMs, endMs}) => ({startMs, endMs}));
	const segments = episode.teaser.segments.slice(0, TRAILER_CLIPS.maxClips);
	const budgetMs = TRAILER_CLIPS.defaultFootageMs;
	const [only] = segments;
	if (segments.length === 1 && only) {
		const lengthMs = Math.min(only.endMs - only.startMs, budgetMs);
		const halfMs = Math.floor(lengthMs / 2);
		if (halfMs < TRAILER_CLIPS.minClipMs) return [cut(only, lengthMs)];
		return [cut(only, halfMs), cut({startMs: only.startMs + halfMs, endMs: only.endMs}, lengthMs - halfMs)];
	}
	const eachMs = Math.floor(budgetMs / segments.length);
	return segments.map((segment) => cut(segment, Math.min(segment.endMs - segment.startMs, eachMs)));
};

/**
 * The clip an episode gives the series montage: the campaign's `trailer.seriesClip`, or
 * else the first 2.8 s of its first trailer clip.
 */
export const getSeriesTrailerClip = (episode: EpisodeCuts): SegmentMs => {
	const chosen = episode.trailer?.seriesClip;
	if (chosen) return {startMs: chosen.startMs, endMs: chosen.endMs};
	const first = getEpisodeTrailerClips(episode)[0] ?? episode.teaser.segments[0] ?? {startMs: 0, endMs: 0};
	return cut(first, Math.min(first.endMs - first.startMs, TRAILER_CLIPS.seriesClipMs));
};
