import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {DELIVERY_SPECS} from '../specs/delivery-specs';
import {AUDIO_EXTENSIONS, zAssetPath} from './asset-path-schema';
import {brandSchema} from './brand-schema';
import {episodeSchema} from './episode-schema';
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
});

export const campaignSchema = z
	.object({
		$schema: z.string().optional(),
		series: seriesSchema,
		brand: brandSchema,
		music: zAssetPath(AUDIO_EXTENSIONS),
		episodes: z.array(episodeSchema).min(1, {error: 'is empty; add at least one episode'}),
	})
	.superRefine((campaign, ctx) => {
		const seen = new Map<number, number>();
		campaign.episodes.forEach((episode, index) => {
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

			const teaserMs = episode.teaser.segments.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
			const {minDurationSeconds, maxDurationSeconds} = DELIVERY_SPECS.teaser;
			if (teaserMs < minDurationSeconds * 1000 || teaserMs > maxDurationSeconds * 1000) {
				ctx.addIssue({
					code: 'custom',
					path: ['episodes', index, 'teaser', 'segments'],
					input: `${teaserMs / 1000} s in all`,
					message: `add up to ${teaserMs / 1000} s; a teaser lasts ${minDurationSeconds}–${maxDurationSeconds} s (TikTok In-Feed): move the in/out points`,
				});
			}

			if (isTimeZone(campaign.series.timeZone) && !Number.isNaN(Date.parse(episode.releaseAt))) {
				const expected = getOffsetInZone(episode.releaseAt, campaign.series.timeZone);
				const given = episode.releaseAt.match(/([+-]\d{2}:\d{2}|Z)$/)?.[1];
				const normalised = given === 'Z' ? '+00:00' : given;
				if (normalised !== expected) {
					ctx.addIssue({
						code: 'custom',
						path: ['episodes', index, 'releaseAt'],
						input: episode.releaseAt,
						message: `has offset ${given} but ${campaign.series.timeZone} is at ${expected} on that date; write the offset ${expected}`,
					});
				}
			}
		});
	});

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
export type Series = z.infer<typeof seriesSchema>;
