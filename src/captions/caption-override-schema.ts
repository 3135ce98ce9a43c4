import {z} from 'zod';
import {captionBreakSchema} from './caption-break-schema';

const ms = (what: string) =>
	z
		.number()
		.int({error: `must be a whole number of milliseconds, the ${what} time in the subtitle file's timeline`})
		.min(0, {error: `is negative; give the ${what} time in milliseconds from the start of the source`});

/**
 * A fix to one cue of one episode's subtitle file, kept in the campaign so the file itself
 * stays as delivered. Times are in the source's timeline, like the file's.
 */
export const captionOverrideSchema = z
	.strictObject({
		cue: z
			.number()
			.int({error: 'must be a whole number: the cue number in the subtitle file (1 is the first cue)'})
			.min(1, {error: 'must be 1 or more: cues are numbered from 1 in the order of the file'}),
		text: z
			.string()
			.refine((text) => text.trim() !== '', {error: 'is empty; to hide the cue, write "remove": true instead'})
			.optional()
			.describe('New text; "\\n" breaks the line'),
		startMs: ms('start').optional(),
		endMs: ms('end').optional(),
		remove: z.boolean().optional().describe('true drops the cue from the video'),
		breaks: z
			.array(captionBreakSchema)
			.optional()
			.describe('Where the caption pages of this cue must or must not break: [{word, position?, occurrence?, break}]'),
	})
	.refine(
		(o) =>
			o.text !== undefined ||
			o.startMs !== undefined ||
			o.endMs !== undefined ||
			o.remove !== undefined ||
			o.breaks !== undefined,
		{error: 'changes nothing; give at least one of "text", "startMs", "endMs", "remove" or "breaks"'},
	)
	.refine((o) => !o.remove || (o.text === undefined && o.startMs === undefined && o.endMs === undefined && !o.breaks), {
		error: '"remove": true drops the cue; leave out "text", "startMs", "endMs" and "breaks" or drop "remove"',
	})
	.refine((o) => o.startMs === undefined || o.endMs === undefined || o.endMs > o.startMs, {
		error: '"endMs" must be after "startMs"',
		path: ['endMs'],
	});

export type CaptionOverride = z.infer<typeof captionOverrideSchema>;
