import type {z} from 'zod';
import {IN_FEED_SPEC} from '../specs/delivery-specs';
import {FRAME} from '../specs/frame';
import {type EpisodeCuts, getEpisodeTrailerClips} from '../timeline/get-trailer-clips';
import {getScenesTimeline, planEpisodeTrailer} from '../timeline/plan-trailer-scenes';
import {TRAILER_SLOTS} from '../timeline/trailer-timing';
import {getEpisodeKey} from './get-episode-key';

const seconds = (frames: number) => (frames / FRAME.fps).toFixed(1);

/**
 * The lengths one episode decides alone: its teaser's cut and its trailer, each against its
 * slot (src/specs/delivery-specs.ts, src/timeline/trailer-timing.ts). Checked on the episode, so they are reported even when another part of
 * the campaign has errors too. Paths are relative to the episode.
 */
export const checkEpisodeLengths = (episode: EpisodeCuts & {number: number}, ctx: z.core.$RefinementCtx): void => {
	const teaserMs = episode.teaser.segments.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
	const {minDurationSeconds, maxDurationSeconds} = IN_FEED_SPEC;
	if (teaserMs < minDurationSeconds * 1000 || teaserMs > maxDurationSeconds * 1000) {
		ctx.addIssue({
			code: 'custom',
			path: ['teaser', 'segments'],
			input: `${teaserMs / 1000} s in all`,
			message: `add up to ${teaserMs / 1000} s; a teaser lasts ${minDurationSeconds}–${maxDurationSeconds} s (TikTok In-Feed): move the in/out points`,
		});
	}

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
		path: ['trailer', 'clips'],
		input: `${(clipsMs / 1000).toFixed(1)} s of clips`,
		message: `make ${getEpisodeKey(episode.number)}-trailer ${seconds(timeline.durationInFrames)} s long, ${seconds(overFrames)} s over the ${TRAILER_SLOTS.episode.maxSeconds} s an episode trailer may last (15–30 s); shorten the clips by at least ${seconds(overFrames)} s`,
	});
};
