import type {Caption} from '@remotion/captions';
import {z} from 'zod';

const ms = (what: string) =>
	z
		.number({error: `must be a number: the ${what} time in milliseconds from the start of the footage`})
		.min(0, {error: `is negative; give the ${what} time in milliseconds from the start of the footage`})
		.refine(Number.isFinite, {error: `must be a finite number of milliseconds`});

/**
 * One timed word or token of a word-level caption JSON, in Remotion's `Caption` format (what
 * @remotion/install-whisper-cpp's toCaptions and @remotion/openai-whisper's
 * openAiWhisperApiToCaptions write). `timestampMs` and `confidence` may be left out by other tools.
 */
export const captionJsonItemSchema = z
	.object({
		text: z.string({error: 'must be a string: the word, with the space before it (" Bonjour")'}),
		startMs: ms('start'),
		endMs: ms('end'),
		timestampMs: z.number({error: 'must be a number of milliseconds or null'}).nullable().optional(),
		confidence: z.number({error: 'must be a number from 0 to 1, or null'}).nullable().optional(),
		pageBreakAfter: z.boolean({error: 'must be true or false'}).optional(),
	})
	.refine((caption) => caption.endMs >= caption.startMs, {
		error: 'ends before it starts; make endMs at least startMs',
		path: ['endMs'],
	});

export const captionJsonSchema = z
	.array(captionJsonItemSchema, {error: 'must be a list of captions: [{"text", "startMs", "endMs", …}, …]'})
	.min(1, {error: 'holds no caption; transcribe the footage again or point at another file'});

/** Every item also reads as a Remotion `Caption` once the optional fields are filled in. */
export const toCaption = (item: z.infer<typeof captionJsonItemSchema>): Caption => ({
	...item,
	timestampMs: item.timestampMs ?? null,
	confidence: item.confidence ?? null,
});
