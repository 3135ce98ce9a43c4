import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {brandSchema} from '../../campaign/brand-schema';
import {CLIP_LABEL_POSITIONS} from '../../campaign/clip-label-position';
import {releaseAtSchema} from '../../campaign/shared-schemas';
import {captionOverrideSchema} from '../../captions/caption-override-schema';
import {captionCueSchema, captionStyleSchema} from '../../captions/caption-props-schema';

const seconds = (what: string) => z.number().min(1).max(10).describe(`How long the ${what} card stays, in seconds`);

export const openSceneSchema = z.object({
	type: z.literal('open'),
	presenter: z.string().describe('Small line above the title, e.g. "Prime Video présente"'),
	title: z.string().min(1),
	/** The idea of the series, in one line. */
	tagline: zTextarea(),
	durationInSeconds: seconds('opening'),
});

export const hookSceneSchema = z.object({
	type: z.literal('hook'),
	kicker: z.string().describe('"Cités · épisode 1"'),
	/** The line that stops the scroll. */
	text: zTextarea().min(1),
	durationInSeconds: seconds('hook'),
});

export const clipSceneSchema = z.object({
	type: z.literal('clip'),
	footage: z.string().min(1),
	subtitles: z.string().min(1),
	captionOverrides: z.array(captionOverrideSchema),
	startMs: z.number().min(0),
	endMs: z.number().min(1),
	label: z
		.object({kicker: z.string(), title: z.string(), detail: z.string(), position: z.enum(CLIP_LABEL_POSITIONS)})
		.describe('Card over the clip: the episode, or the place and the figure it is named after'),
	/** Filled by calculateMetadata from the subtitle file: cues on the clip's own timeline, typeset. */
	captions: z.array(captionCueSchema).optional(),
});

export const titleSceneSchema = z.object({
	type: z.literal('title'),
	kicker: z.string().describe('"Épisode 1"'),
	title: z.string().min(1),
	placeName: z.string(),
	/** Who the place is named after, and who they were. */
	figure: zTextarea(),
	city: z.string(),
	durationInSeconds: seconds('title'),
});

export const releaseSceneSchema = z.object({
	type: z.literal('release'),
	kicker: z.string().describe('"Épisode 1", or "12 épisodes"'),
	prefix: z.string().describe('"Le" or "Dès le", before the date'),
	releaseAt: releaseAtSchema,
	timeZone: z.string(),
	rhythm: z.string().describe('"Un épisode chaque mardi et vendredi", or empty'),
	where: z.string().describe('Where it plays: "Sur TikTok · @primevideofr"'),
	durationInSeconds: seconds('release'),
});

export const creditsSceneSchema = z.object({
	type: z.literal('credits'),
	credits: z.array(z.object({role: z.string(), name: z.string()})).min(1),
	durationInSeconds: seconds('credits'),
});

export const ctaSceneSchema = z.object({
	type: z.literal('cta'),
	seriesTitle: z.string(),
	headline: zTextarea().min(1),
	detail: zTextarea(),
	where: z.string().describe('Platform and handle'),
	hashtags: z.array(z.string()),
	durationInSeconds: seconds('call-to-action'),
});

export const trailerSceneSchema = z.discriminatedUnion('type', [
	openSceneSchema,
	hookSceneSchema,
	clipSceneSchema,
	titleSceneSchema,
	releaseSceneSchema,
	creditsSceneSchema,
	ctaSceneSchema,
]);

export const trailerSchema = z.object({
	brand: brandSchema,
	slot: z.enum(['episode', 'series']).describe('Which slot the length is checked against: 15–30 s or ≤ 60 s'),
	scenes: z.array(trailerSceneSchema).min(2),
	transitions: z.object({
		cardFrames: z.number().int().min(1).max(30).describe('Transition into or out of a card, in frames'),
		clipToClipFrames: z.number().int().min(1).max(30).describe('Transition between two clips, in frames'),
	}),
	sound: z.object({
		music: z.string().min(1).describe('The music bed, in the assets folder'),
		musicVolume: z.number().min(0).max(2).describe('Gain of the music over the cards'),
		duckByDb: z.number().min(0).max(40).describe('How far the music goes down under dialogue, in dB'),
		musicFadeFrames: z.number().int().min(1).max(30).describe('Frames the music takes to duck and come back'),
		clipVolume: z.number().min(0).max(2).describe('Gain of the footage’s own sound'),
		clipFadeFrames: z.number().int().min(1).max(15).describe('Fade at each end of a clip’s sound (no click)'),
	}),
	captionStyle: captionStyleSchema,
	showSafeZone: z.boolean().describe('Studio only: show where TikTok draws its UI'),
	/** A cut-down (a variant's targetSeconds): cards and clips are chosen from the subtitles when the captions are made. */
	cutDown: z
		.object({targetSeconds: z.number().min(15).max(30)})
		.optional()
		.describe('Cut to this many seconds, keeping the hook and the call to action'),
});

export type TrailerProps = z.infer<typeof trailerSchema>;
export type TrailerScene = z.infer<typeof trailerSceneSchema>;
export type ClipScene = z.infer<typeof clipSceneSchema>;
export type SceneOf<T extends TrailerScene['type']> = Extract<TrailerScene, {type: T}>;
