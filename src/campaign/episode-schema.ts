import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {SUBTITLE_EXTENSIONS, VIDEO_EXTENSIONS, zAssetPath} from './asset-path-schema';
import {captionOverrideSchema} from '../captions/caption-override-schema';
import {callToActionSchema, hashtagSchema, releaseAtSchema} from './shared-schemas';

export const segmentSchema = z
	.object({
		startMs: z.number().int({error: 'must be whole milliseconds'}).min(0, {error: 'must be 0 or more'}),
		endMs: z.number().int({error: 'must be whole milliseconds'}).min(1, {error: 'must be after 0'}),
	})
	.superRefine((segment, ctx) => {
		if (segment.endMs <= segment.startMs) {
			ctx.addIssue({
				code: 'custom',
				path: ['endMs'],
				input: segment.endMs,
				message: `is not after startMs (${segment.startMs}); make endMs greater than startMs`,
			});
		}
	});

export const episodeSchema = z.strictObject({
	number: z.number().int().min(1, {error: 'must be 1 or more'}).max(99, {error: 'must be 99 or less'}),
	title: z.string().min(1, {error: 'is empty; give the episode a title'}).max(40, {
		error: 'is longer than 40 characters and would not fit the title card; shorten it',
	}),
	place: z.strictObject({
		name: z.string().min(1, {error: 'is empty; name the place, e.g. "Place Aragon"'}),
		figure: z.string().min(1, {error: 'is empty; name the cultural figure the place is named after'}),
		figureRole: z.string().min(1).describe('Who the figure was, in a few words'),
	}),
	city: z.string().min(1, {error: 'is empty; name the city'}),
	synopsis: zTextarea(),
	cast: z
		.array(z.strictObject({name: z.string().min(1), role: z.string().min(1)}))
		.min(1, {error: 'is empty; list at least one character'}),
	releaseAt: releaseAtSchema,
	footage: zAssetPath(VIDEO_EXTENSIONS),
	subtitles: zAssetPath(SUBTITLE_EXTENSIONS),
	teaser: z.strictObject({
		segments: z.array(segmentSchema).min(1, {error: 'is empty; give at least one {startMs, endMs} cut of the footage'}),
	}),
	header: z
		.object({
			durationInSeconds: z
				.number()
				.min(3, {error: 'is under 3 s; a header lasts 3–5 s (TikTok Takeover)'})
				.max(5, {error: 'is over 5 s; a header lasts 3–5 s (TikTok Takeover)'}),
		})
		.default({durationInSeconds: 4}),
	captions: z
		.strictObject({
			overrides: z
				.array(captionOverrideSchema)
				.describe('Fixes to single cues of the subtitle file: {cue, text?, startMs?, endMs?, remove?}'),
		})
		.default({overrides: []}),
	hashtags: z.array(hashtagSchema).default([]),
	callToAction: callToActionSchema.optional(),
});

export type Episode = z.infer<typeof episodeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
