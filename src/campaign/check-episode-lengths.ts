import type {z} from 'zod';
import {IN_FEED_SPEC} from '../specs/delivery-specs';
import {FRAME} from '../specs/frame';
import type {SegmentMs} from '../timeline/get-segment-frames';
import {type EpisodeCuts, getEpisodeTrailerClips} from '../timeline/get-trailer-clips';
import {getScenesTimeline, planEpisodeTrailer} from '../timeline/plan-trailer-scenes';
import {TRAILER_SLOTS} from '../timeline/trailer-timing';
import {getEpisodeKey} from './get-episode-key';

const seconds = (frames: number) => (frames / FRAME.fps).toFixed(1);

/** What the length check reads of an episode: its cuts, and the variants that choose other cuts. */
export type EpisodeLengths = EpisodeCuts & {
	number: number;
	teaser: {variants?: readonly {name: string; segments?: readonly SegmentMs[] | undefined}[] | undefined};
	trailer?: {variants?: readonly {name: string; clips?: readonly SegmentMs[] | undefined}[] | undefined} | undefined;
};

const checkTeaser = (segments: readonly SegmentMs[], path: PropertyKey[], ctx: z.core.$RefinementCtx) => {
	const teaserMs = segments.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
	const {minDurationSeconds, maxDurationSeconds} = IN_FEED_SPEC;
	if (teaserMs >= minDurationSeconds * 1000 && teaserMs <= maxDurationSeconds * 1000) return;
	ctx.addIssue({
		code: 'custom',
		path,
		input: `${teaserMs / 1000} s in all`,
		message: `add up to ${teaserMs / 1000} s; a teaser lasts ${minDurationSeconds}–${maxDurationSeconds} s (TikTok In-Feed): move the in/out points`,
	});
};

const checkTrailer = (
	episode: EpisodeCuts & {number: number},
	{id, path}: {id: string; path: PropertyKey[]},
	ctx: z.core.$RefinementCtx,
) => {
	const clips = getEpisodeTrailerClips(episode);
	const timeline = getScenesTimeline({
		scenes: planEpisodeTrailer({episodeNumber: episode.number, clips}),
		slot: 'episode',
		fps: FRAME.fps,
	});
	const maxFrames = TRAILER_SLOTS.episode.maxSeconds * FRAME.fps;
	if (timeline.durationInFrames <= maxFrames) return;
	const overFrames = timeline.durationInFrames - maxFrames;
	const clipsMs = clips.reduce((sum, c) => sum + c.endMs - c.startMs, 0);
	ctx.addIssue({
		code: 'custom',
		path,
		input: `${(clipsMs / 1000).toFixed(1)} s of clips`,
		message: `make ${id} ${seconds(timeline.durationInFrames)} s long, ${seconds(overFrames)} s over the ${TRAILER_SLOTS.episode.maxSeconds} s an episode trailer may last (15–30 s); shorten the clips by at least ${seconds(overFrames)} s`,
	});
};

/**
 * The lengths one episode decides alone: its teaser's cut and its trailer, and those of the
 * variants that choose other cuts, each against its slot (src/specs/delivery-specs.ts,
 * src/timeline/trailer-timing.ts). Checked on the episode, so they are reported even when
 * another part of the campaign has errors too. Paths are relative to the episode. A cut-down
 * (targetSeconds) is checked with the subtitles, by `npm run check`.
 */
export const checkEpisodeLengths = (episode: EpisodeLengths, ctx: z.core.$RefinementCtx): void => {
	const key = getEpisodeKey(episode.number);
	checkTeaser(episode.teaser.segments, ['teaser', 'segments'], ctx);
	(episode.teaser.variants ?? []).forEach((variant, k) => {
		if (variant.segments) checkTeaser(variant.segments, ['teaser', 'variants', k, 'segments'], ctx);
	});
	checkTrailer(episode, {id: `${key}-trailer`, path: ['trailer', 'clips']}, ctx);
	(episode.trailer?.variants ?? []).forEach((variant, k) => {
		if (!variant.clips) return;
		const cuts = {...episode, trailer: {...episode.trailer, clips: variant.clips}};
		checkTrailer(cuts, {id: `${key}-trailer-${variant.name}`, path: ['trailer', 'variants', k, 'clips']}, ctx);
	});
};
