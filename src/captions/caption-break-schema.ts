import {z} from 'zod';

/** What a break override asks for: a new page, a new line (or page), or no break at all. */
export const CAPTION_BREAK_KINDS = ['page', 'line', 'none'] as const;
export type CaptionBreakKind = (typeof CAPTION_BREAK_KINDS)[number];

/**
 * An editor's break at one word of a cue, kept with the cue's override in the campaign and
 * carried by the cue to the pages (resolveCaptionBreaks finds the word).
 */
export const captionBreakSchema = z.strictObject({
	word: z
		.string()
		.refine((word) => word.trim() !== '', {error: 'is empty; write a word of the cue, e.g. "chorégraphie"'})
		.describe('A word of the cue as written; punctuation and case may differ'),
	position: z
		.enum(['before', 'after'], {error: 'must be "before" or "after" (the word)'})
		.optional()
		.describe('Where the break goes: "before" (default) or "after" the word'),
	occurrence: z
		.number()
		.int({error: 'must be a whole number: 2 for the word’s second time in the cue'})
		.min(1, {error: 'must be 1 or more: 1 is the word’s first time in the cue'})
		.optional()
		.describe('Which time the word appears in the cue, when it appears more than once (default 1)'),
	break: z
		.enum(CAPTION_BREAK_KINDS, {error: 'must be "page", "line" or "none"'})
		.describe('"page": a new page there; "line": a new line (or page); "none": never break there'),
});

export type CaptionBreak = z.infer<typeof captionBreakSchema>;
