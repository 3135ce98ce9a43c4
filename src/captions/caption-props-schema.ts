import {zColor} from '@remotion/zod-types';
import {z} from 'zod';
import {captionBreakSchema} from './caption-break-schema';

/** A cue on the cut's own timeline, typeset: filled by calculateMetadata from the subtitle file. */
export const captionCueSchema = z.object({
	index: z.number(),
	line: z.number(),
	startMs: z.number(),
	endMs: z.number(),
	text: z.string(),
	words: z.array(z.object({text: z.string(), startMs: z.number(), endMs: z.number()})).optional(),
	/** The campaign's page breaks for this cue (a caption override's `breaks`). */
	breaks: z.array(captionBreakSchema).optional(),
});

/** How burned-in captions look, shared by teasers and trailers. */
export const captionStyleSchema = z.object({
	fontSize: z.number().min(40).max(96).describe('Caption size in px at 1080×1920'),
	/** Colour of the word being spoken (no .describe(): it would hide Studio's colour picker). */
	highlightColor: zColor(),
});
