import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {SUBTITLE_EXTENSIONS, VIDEO_EXTENSIONS, zAssetPath} from './asset-path-schema';
import {captionOverrideSchema} from '../captions/caption-override-schema';
import {checkEpisodeLengths} from './check-episode-lengths';
import {clipLabelPositionSchema} from './clip-label-position';
import {TRAILER_CLIPS} from '../timeline/trailer-timing';
import {callToActionSchema, hashtagSchema, releaseAtSchema} from './shared-schemas';
import {makeTeaserVariantSchema, makeTrailerVariantSchema, makeVariantsSchema} from './variant-schema';

const segmentShape = {
	startMs: z.number().int({error: 'must be whole milliseconds'}).min(0, {error: 'must be 0 or more'}),
	endMs: z.number().int({error: 'must be whole milliseconds'}).min(1, {error: 'must be after 0'}),
};

const checkEndAfterStart = (segment: {startMs: number; endMs: number}, ctx: z.core.$RefinementCtx): void => {
	if (segment.endMs <= segment.startMs) {
		ctx.addIssue({
			code: 'custom',
			path: ['endMs'],
			input: segment.endMs,
			message: `is not after startMs (${segment.startMs}); make endMs greater than startMs`,
		});
	}
};

export const segmentSchema = z.strictObject(segmentShape).superRefine(checkEndAfterStart);

/**
 * A clip of a trailer: a segment long enough to hear a line (a transition would eat a
 * shorter one), and where its label sits.
 */
export const trailerClipSchema = z
	.strictObject({...segmentShape, labelPosition: clipLabelPositionSchema.optional()})
	.superRefine(checkEndAfterStart)
	.superRefine((segment, ctx) => {
		const lengthMs = segment.endMs - segment.startMs;
		if (lengthMs > 0 && lengthMs < TRAILER_CLIPS.minClipMs) {
			ctx.addIssue({
				code: 'custom',
				path: ['endMs'],
				input: segment.endMs,
				message: `leaves a clip of ${lengthMs} ms; a trailer clip lasts at least ${TRAILER_CLIPS.minClipMs / 1000} s: move endMs later`,
			});
		}
	});

const hookSchema = z
	.string()
	.min(1, {error: 'is empty; write the line that opens the trailer, or remove the field'})
	.max(70, {error: 'is longer than 70 characters and would not read in 2.5 s; shorten it'});

const trailerClipsSchema = z
	.array(trailerClipSchema)
	.min(1, {error: 'is empty; give two or three {startMs, endMs} clips, or remove the field'})
	.max(TRAILER_CLIPS.maxClips, {
		error: `has more than ${TRAILER_CLIPS.maxClips} clips; an episode trailer shows two or three`,
	});

const teaserSegmentsSchema = z
	.array(segmentSchema)
	.min(1, {error: 'is empty; give at least one {startMs, endMs} cut of the footage'});

export const teaserVariantSchema = makeTeaserVariantSchema(teaserSegmentsSchema);
export const trailerVariantSchema = makeTrailerVariantSchema(hookSchema, trailerClipsSchema);

export const episodeTrailerSchema = z
	.strictObject({
		hook: hookSchema
			.optional()
			.describe('The line that opens the episode trailer; default: the synopsis’ first sentence'),
		clips: trailerClipsSchema
			.optional()
			.describe('Clips of the footage for the episode trailer; default: taken from the teaser'),
		seriesClip: trailerClipSchema
			.optional()
			.describe('The clip this episode gives the series trailer (~2.5–3.5 s); default: 2.8 s of its first clip'),
		variants: makeVariantsSchema(trailerVariantSchema).optional(),
	})
	.default({});

const episodeFieldsSchema = z.strictObject({
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
		segments: teaserSegmentsSchema,
		variants: makeVariantsSchema(teaserVariantSchema).optional(),
	}),
	header: z
		.strictObject({
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
	trailer: episodeTrailerSchema,
});

export type EpisodeFields = z.infer<typeof episodeFieldsSchema>;

export const episodeSchema = episodeFieldsSchema.superRefine(checkEpisodeLengths);

export type Episode = z.infer<typeof episodeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type EpisodeTrailer = z.infer<typeof episodeTrailerSchema>;
export type TeaserVariant = z.infer<typeof teaserVariantSchema>;
export type TrailerVariant = z.infer<typeof trailerVariantSchema>;
