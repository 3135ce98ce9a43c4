import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {FRAME} from '../specs/frame';
import {getSeriesTrailerClip} from '../timeline/get-trailer-clips';
import {getScenesTimeline, planSeriesTrailer} from '../timeline/plan-trailer-scenes';
import {TRAILER_SLOTS} from '../timeline/trailer-timing';
import {AUDIO_EXTENSIONS, zAssetPath} from './asset-path-schema';
import {brandSchema} from './brand-schema';
import {type Episode, episodeSchema} from './episode-schema';
import {getOffsetInZone} from './get-offset-in-zone';
import {callToActionSchema, hashtagSchema} from './shared-schemas';

const isTimeZone = (value: string): boolean => {
	try {
		new Intl.DateTimeFormat('fr-FR', {timeZone: value});
		return true;
	} catch {
		return false;
	}
};

export const seriesSchema = z.strictObject({
	title: z.string().min(1, {error: 'is empty; give the series title'}).max(24, {
		error: 'is longer than 24 characters and would not fit the header; shorten it',
	}),
	tagline: z.string().min(1).max(60, {error: 'is longer than 60 characters; shorten it'}),
	idea: zTextarea(),
	platform: z.strictObject({
		name: z.string().min(1, {error: 'is empty; say where the series plays, e.g. "Prime Video"'}),
		handle: z.string().regex(/^@[\w.]+$/, {error: 'is not a handle; write it like "@primevideofr"'}),
	}),
	credits: z
		.array(z.strictObject({role: z.string().min(1), name: z.string().min(1)}))
		.min(1, {error: 'is empty; credit at least the writer and director'}),
	timeZone: z.string().refine(isTimeZone, {
		error: 'is not an IANA time zone; use a name like "Europe/Paris"',
	}),
	hashtags: z.array(hashtagSchema).default([]),
	callToAction: callToActionSchema,
	headerDurationInSeconds: z
		.number()
		.min(3, {error: 'is under 3 s; a header lasts 3–5 s (TikTok Takeover)'})
		.max(5, {error: 'is over 5 s; a header lasts 3–5 s (TikTok Takeover)'})
		.default(4),
	trailer: z
		.strictObject({
			episodes: z
				.array(z.number().int())
				.min(1, {error: 'is empty; list the episode numbers the series trailer shows, or remove the field'})
				.optional()
				.describe('Episode numbers the series trailer shows, in order; default: every episode'),
		})
		.default({}),
});

const seconds = (frames: number) => (frames / FRAME.fps).toFixed(1);

/**
 * A series trailer longer than its slot (src/timeline/trailer-timing.ts) is refused here, at load, with the
 * excess: the editor fixes the campaign instead of finding out after a render. Each
 * episode's own teaser and trailer are checked on the episode (check-episode-lengths.ts).
 */
const checkSeriesTrailer = (
	campaign: {series: z.infer<typeof seriesSchema>; episodes: Episode[]},
	ctx: z.core.$RefinementCtx,
): void => {
	const {fps} = FRAME;
	const numbers = campaign.series.trailer.episodes;
	const known = new Set(campaign.episodes.map((e) => e.number));
	const unknown = (numbers ?? []).flatMap((n, k) => (known.has(n) ? [] : [{n, k}]));
	for (const {n, k} of unknown) {
		ctx.addIssue({
			code: 'custom',
			path: ['series', 'trailer', 'episodes', k],
			input: n,
			message: `is not an episode of this campaign; use numbers from episodes[].number (${[...known].join(', ')})`,
		});
	}
	if (unknown.length > 0) return;
	const chosen = (numbers ?? [...known].sort((a, b) => a - b)).map((n) => {
		const index = campaign.episodes.findIndex((e) => e.number === n);
		return {index, episodeNumber: n, clip: getSeriesTrailerClip(campaign.episodes[index]!)};
	});
	const timeline = getScenesTimeline({scenes: planSeriesTrailer({clips: chosen}), slot: 'series', fps});
	const maxFrames = TRAILER_SLOTS.series.maxSeconds * fps;
	if (timeline.durationInFrames <= maxFrames) return;
	const overFrames = timeline.durationInFrames - maxFrames;
	const longest = [...chosen].sort((a, b) => b.clip.endMs - b.clip.startMs - (a.clip.endMs - a.clip.startMs))[0]!;
	ctx.addIssue({
		code: 'custom',
		path: numbers ? ['series', 'trailer', 'episodes'] : ['series', 'trailer'],
		input: `${chosen.length} episodes`,
		message: `make series-trailer ${seconds(timeline.durationInFrames)} s long, ${seconds(overFrames)} s over its ${TRAILER_SLOTS.series.maxSeconds} s slot (TikTok TopView); list fewer episodes in series.trailer.episodes or shorten their trailer.seriesClip by ${seconds(overFrames)} s in all (longest: episodes[${longest.index}], ${((longest.clip.endMs - longest.clip.startMs) / 1000).toFixed(1)} s)`,
	});
};

/** A release time must carry the offset its time zone has on that date (summer time included). */
const checkReleaseOffset = (episode: Episode, index: number, timeZone: string, ctx: z.core.$RefinementCtx): void => {
	if (Number.isNaN(Date.parse(episode.releaseAt))) return;
	const expected = getOffsetInZone(episode.releaseAt, timeZone);
	const given = episode.releaseAt.match(/([+-]\d{2}:\d{2}|Z)$/)?.[1];
	const normalised = given === 'Z' ? '+00:00' : given;
	if (normalised === expected) return;
	ctx.addIssue({
		code: 'custom',
		path: ['episodes', index, 'releaseAt'],
		input: episode.releaseAt,
		message: `has offset ${given} but ${timeZone} is at ${expected} on that date; write the offset ${expected}`,
	});
};

/**
 * Whether a part of the campaign is free of issues: none at it, inside it or around it. Made
 * once from the issues so far (a file with thousands of bad episodes stays linear).
 */
const getValidity = (issues: readonly z.core.$ZodRawIssue[]) => {
	const key = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
	const at = new Set<string>();
	const inside = new Set<string>();
	for (const {path = []} of issues) {
		at.add(key(path));
		for (let n = 0; n <= path.length; n++) inside.add(key(path.slice(0, n)));
	}
	return (...path: PropertyKey[]): boolean =>
		!inside.has(key(path)) && !path.some((_, n) => at.has(key(path.slice(0, n))));
};

export const campaignSchema = z
	.strictObject({
		$schema: z.string().optional(),
		series: seriesSchema,
		brand: brandSchema,
		music: zAssetPath(AUDIO_EXTENSIONS),
		episodes: z.array(episodeSchema).min(1, {error: 'is empty; add at least one episode'}),
	})
	.superRefine(
		(campaign, ctx) => {
			// Runs even when other parts of the file have errors (every problem in one run). Zod has
			// parsed every part by now, so this looks only at those without an issue of their own.
			// A file that is not an object at all has its one issue already, and nothing to look into.
			if (typeof campaign !== 'object' || campaign === null) return;
			let valid = getValidity(ctx.issues);
			const episodes = Array.isArray(campaign.episodes) ? campaign.episodes : [];
			const timeZone = valid('series', 'timeZone') ? campaign.series.timeZone : null;
			const seen = new Map<number, number>();
			episodes.forEach((episode, index) => {
				if (!valid('episodes', index)) return;
				const first = seen.get(episode.number);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['episodes', index, 'number'],
						input: episode.number,
						message: `repeats episodes[${first}].number; give every episode its own number`,
					});
				}
				seen.set(episode.number, index);
				if (timeZone) checkReleaseOffset(episode, index, timeZone, ctx);
			});
			valid = getValidity(ctx.issues);
			if (valid('series') && valid('episodes')) checkSeriesTrailer(campaign, ctx);
		},
		{when: () => true},
	);

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
export type Series = z.infer<typeof seriesSchema>;
