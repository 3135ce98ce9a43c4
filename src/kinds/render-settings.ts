import {z} from 'zod';

/**
 * Encoder settings every kind shares. They decide pixels and bytes, so they are part of
 * every content key: change one here and every asset renders again.
 * 'veryfast' renders ~12 % more frames/s than the default 'medium' on 2 cores (npm run
 * bench); the CRF and bitrate targets keep the quality where the slots want it.
 */
export const BASE_RENDER_SETTINGS = {
	codec: 'h264',
	colorSpace: 'bt709', // yuv420p, tv range, BT.709 tags (src/specs/delivery-specs.ts)
	x264Preset: 'veryfast',
	imageFormat: 'jpeg',
	jpegQuality: 90,
} as const;

/** A constant quality, or a target bitrate (TopView asks for ≥ 2,500 kbps). */
export type VideoQuality = {crf: number; videoBitrate: null} | {crf: null; videoBitrate: string};

/** What a kind adds to the shared settings. */
export type KindRenderSettings = VideoQuality & {
	/** No audio stream at all (a Brand Takeover plays muted). */
	muted: boolean;
	/** Sound brought to the loudness target after the render. */
	normalizeLoudness: boolean;
	/** A still cover, taken from the last frame. */
	cover: {jpegQuality: number} | null;
};

/** The settings a render job carries: complete, so any backend encodes the same way. */
export const jobSettingsSchema = z.object({
	codec: z.literal('h264'),
	colorSpace: z.literal('bt709'),
	x264Preset: z.literal('veryfast'),
	imageFormat: z.literal('jpeg'),
	jpegQuality: z.number().int().min(1).max(100),
	crf: z.number().int().nullable(),
	videoBitrate: z.string().nullable(),
	muted: z.boolean(),
	normalizeLoudness: z.boolean(),
	cover: z.object({frame: z.number().int().min(0), jpegQuality: z.number().int().min(1).max(100)}).nullable(),
	/** Fraction of 1080×1920 (previews and tests). */
	scale: z.number().gt(0).max(1),
});

export type JobSettings = z.infer<typeof jobSettingsSchema>;
