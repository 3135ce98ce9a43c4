/** The canvas every asset is rendered on. Source: TikTok creative specs (canvas 1080×1920, 9:16). */
export const FRAME = {
	width: 1080,
	height: 1920,
	fps: 30,
} as const;
