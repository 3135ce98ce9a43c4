/** How far the bands travel sideways over the whole composition, in pixels (times each band's speed). */
export const BACKDROP_DRIFT_PX = 140;
/** Each band is this wide, starts this far left of the frame, and leans by this angle. */
export const BAND_WIDTH = 2400;
export const BAND_LEFT = -600;
export const BAND_ANGLE_DEG = -12;

export type BackdropColours = {background: string; band: string; accent: string};

export type BackdropBand = {top: number; height: number; color: string; opacity: number; speed: number};

/** The three diagonal bands of the brand backdrop, top to bottom. Pure. */
export const getBackdropBands = ({band, accent}: BackdropColours): BackdropBand[] => [
	{top: 180, height: 260, color: band, opacity: 0.22, speed: 1},
	{top: 980, height: 120, color: accent, opacity: 0.18, speed: -0.7},
	{top: 1560, height: 300, color: band, opacity: 0.16, speed: 0.5},
];

/**
 * The sideways shift of a band of speed 1 at `frame` of a composition `durationInFrames`
 * long: the same line the React backdrop and ffmpeg's drawing of it follow.
 */
export const getBackdropDrift = (frame: number, durationInFrames: number): number =>
	(BACKDROP_DRIFT_PX * frame) / durationInFrames;
