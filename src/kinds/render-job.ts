import {z} from 'zod';
import {jobSettingsSchema} from './render-settings';

export const jobMediaSchema = z.object({
	/** Relative to the campaign's assets folder, exactly as the props name it. */
	path: z.string().min(1),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	bytes: z.number().int().min(0),
});

/**
 * One asset to render, complete on its own: any backend on any machine renders it from
 * this JSON (plus the media files it lists, found by path or by hash).
 */
export const renderJobSchema = z.object({
	id: z.string().min(1),
	/** A key of the kind registry. */
	kind: z.string().min(1),
	episode: z.number().int().nullable(),
	/** The variant's name (`b` of `ep03-teaser-b`), or null for the asset itself. */
	variant: z.string().nullable(),
	compositionId: z.string().min(1),
	/** The composition's props, captions included: the only way the campaign reaches the browser. */
	inputProps: z.record(z.string(), z.unknown()),
	durationInFrames: z.number().int().min(1),
	media: z.array(jobMediaSchema),
	settings: jobSettingsSchema,
	contentKey: z.string().regex(/^[0-9a-f]{64}$/),
	/** What the content key was made of, by name, to say later what changed. */
	contentKeyInputs: z.record(z.string(), z.string()),
});

export type RenderJob = z.infer<typeof renderJobSchema>;
export type JobMedia = z.infer<typeof jobMediaSchema>;
