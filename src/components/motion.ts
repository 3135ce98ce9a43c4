import {measureSpring, type SpringConfig} from 'remotion';

/** How far below its place an entrance (useEntrance) starts, in pixels. */
export const ENTRANCE_RISE_PX = 24;

/** Frames an entrance (useEntrance) springs over. */
export const ENTRANCE_FRAMES = 18;
/**
 * An entrance stands still from this many frames after its delay: a spring stretched to
 * 18 frames reaches exactly 1 on the 19th (test/motion.test.ts).
 */
export const ENTRANCE_SETTLED_AFTER = ENTRANCE_FRAMES + 1;

/** A spring's value moves less than this once it has settled: under a quarter pixel on a 220 px bar. */
const SETTLED_THRESHOLD = 0.001;

/** Frames after which a free spring (no set duration) stands still, as far as pixels go. */
export const getSpringSettledAfter = ({fps, config}: {fps: number; config: Partial<SpringConfig>}): number =>
	measureSpring({fps, config, threshold: SETTLED_THRESHOLD}) + 1;

/** The end tag dims the footage under it over this many frames (EndTag). */
export const END_TAG_DIM_FRAMES = 8;

/** The teaser's title strip is half seen on the first frame: a teaser never opens on an empty picture. */
export const TITLE_STRIP_FROM_OPACITY = 0.6;
