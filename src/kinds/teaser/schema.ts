import {z} from 'zod';
import {brandSchema} from '../../campaign/brand-schema';
import {releaseAtSchema} from '../../campaign/shared-schemas';
import {captionOverrideSchema} from '../../captions/caption-override-schema';
import {captionCueSchema, captionStyleSchema} from '../../captions/caption-props-schema';

export const teaserSchema = z.object({
	brand: brandSchema,
	seriesTitle: z.string().min(1),
	episodeNumber: z.number().int().min(1),
	episodeTitle: z.string().min(1),
	footage: z.string().min(1),
	subtitles: z.string().min(1),
	segments: z.array(z.object({startMs: z.number().min(0), endMs: z.number().min(1)})).min(1),
	captionOverrides: z.array(captionOverrideSchema),
	captionStyle: captionStyleSchema,
	releaseAt: releaseAtSchema,
	timeZone: z.string(),
	platformHandle: z.string(),
	endTagSeconds: z.number().min(1.5).max(4).describe('How long the release-date tag shows at the end'),
	showSafeZone: z.boolean().describe('Studio only: show where TikTok draws its UI'),
	/** A cut-down (a variant's targetSeconds): the segments are chosen from the subtitles when the captions are made. */
	cutDown: z
		.object({targetSeconds: z.number().min(5).max(60)})
		.optional()
		.describe('Cut to this many seconds of whole speech phrases'),
	/** Filled by calculateMetadata from the subtitle file: cues on the cut's timeline, typeset. */
	captions: z.array(captionCueSchema).optional(),
});

export type TeaserProps = z.infer<typeof teaserSchema>;
