import {z} from 'zod';

/** The corners of the safe zone a trailer clip's label can sit in. */
export const CLIP_LABEL_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

export type ClipLabelPosition = (typeof CLIP_LABEL_POSITIONS)[number];

/**
 * Bottom left, above the captions: footage puts its own text (signs, titles, a timecode)
 * at the top, as the sample footage does (scripts/sample-assets/visuals.ts), and TikTok's
 * buttons run down the right.
 */
export const DEFAULT_CLIP_LABEL_POSITION: ClipLabelPosition = 'bottom-left';

export const clipLabelPositionSchema = z
	.enum(CLIP_LABEL_POSITIONS)
	.describe(
		`Corner of the safe zone for the clip's label, away from text in the footage; default "${DEFAULT_CLIP_LABEL_POSITION}" (above the captions)`,
	);
