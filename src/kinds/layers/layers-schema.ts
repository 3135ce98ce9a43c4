import {z} from 'zod';

/** One frame Chrome captures for the layered renderer: the asset's frame and what to draw of it. */
export const captureSchema = z.object({
	frame: z.number().int().nonnegative(),
	/** `overlay`: transparent, text and cards only; `all`: the whole frame, opaque (transitions). */
	layer: z.enum(['all', 'overlay']),
	/** On an overlay capture: the track (src/components/overlay-tracks.ts) drawn alone and settled. */
	solo: z.string().optional(),
	/** On an overlay capture: drawn by ContrastProbe (the text without its fill, its boxes as an artifact), for QC. */
	probe: z.boolean().optional(),
	/** The part of the asset drawn alone, as it is outside any transition (a trailer's scene, by index). */
	scene: z.number().int().nonnegative().optional(),
	/** On an overlay capture: drawn as the asset plays (every block in place, the spoken word highlighted), for QC. */
	live: z.boolean().optional(),
});
export type Capture = z.infer<typeof captureSchema>;

/**
 * Props of a kind's layers composition: the asset's own props, and either the frames to
 * capture (frame i of this composition is capture i) or the sound pass. It lasts as long as
 * the asset. Without captures (Studio), it shows the overlay layer of every frame.
 */
export const layersPropsSchema = z.object({
	props: z.record(z.string(), z.unknown()),
	captures: z.array(captureSchema),
	pass: z.enum(['pictures', 'audio']),
	/** Measured in the browser by the kind's measureLayers when the composition is selected. */
	hints: z
		.object({
			captionPages: z.record(
				z.string(),
				z.array(
					z.object({
						startMs: z.number(),
						endMs: z.number(),
						words: z.array(z.object({startMs: z.number(), endMs: z.number()})),
					}),
				),
			),
		})
		.nullable()
		.default(null),
});
export type LayersProps = z.infer<typeof layersPropsSchema>;

/** The id of the composition that draws a kind's layers (`TeaserLayers`). */
export const getLayersCompositionId = (compositionId: string): string => `${compositionId}Layers`;
