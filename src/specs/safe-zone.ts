import {FRAME} from './frame';

/**
 * Margins TikTok's own UI covers on a 1080×1920 frame. Published third-party figures
 * disagree (top 120–250, bottom 270–540, right 80–192 px); these are the most
 * conservative of them. Text and logos stay inside; footage may bleed.
 */
export const SAFE_MARGINS = {
	top: 250,
	bottom: 500,
	right: 180,
	left: 90,
} as const;

/** The box every text and logo sits in: x 90–900, y 250–1420. */
export const SAFE_BOX = {
	left: SAFE_MARGINS.left,
	top: SAFE_MARGINS.top,
	right: FRAME.width - SAFE_MARGINS.right,
	bottom: FRAME.height - SAFE_MARGINS.bottom,
	width: FRAME.width - SAFE_MARGINS.left - SAFE_MARGINS.right,
	height: FRAME.height - SAFE_MARGINS.top - SAFE_MARGINS.bottom,
} as const;
