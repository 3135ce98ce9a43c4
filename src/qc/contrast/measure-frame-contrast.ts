import type {ElementBox} from '../../specs/find-safe-zone-violations';
import type {FrameContrast} from '../check-contrast';
import {findTextContrast} from './find-text-contrast';

/** Frames looked at per asset (pickContrastFrames' `max`) when each costs two whole stills in Chrome. */
export const CONTRAST_FRAMES = 4;
/** Frames looked at per asset by the layered renderer, where each costs one overlay capture and a base frame. */
export const LAYERED_CONTRAST_FRAMES = 6;
/** The band read around the letters, in composition pixels: within a caption's outline (a sixth of its size, half of it outside the letter). */
const RING_PX = 3;

/**
 * Each text element's contrast on one frame, from its two pictures (RGB, at `scale` of the
 * composition) and the text boxes ContrastProbe gave for it (in composition pixels). Pure.
 */
export const measureFrameContrast = ({
	frame,
	width,
	withText,
	withoutText,
	boxes,
	scale,
}: {
	frame: number;
	/** The pictures' width in pixels; their height follows from their length. */
	width: number;
	withText: Uint8Array;
	withoutText: Uint8Array;
	boxes: readonly ElementBox[];
	scale: number;
}): FrameContrast[] =>
	findTextContrast({
		pair: {width, height: withText.length / 3 / width, withText, withoutText},
		boxes: boxes.map((box) => ({
			name: box.name,
			left: box.left * scale,
			top: box.top * scale,
			right: box.right * scale,
			bottom: box.bottom * scale,
		})),
		ringPx: Math.max(2, Math.round(RING_PX * scale)),
	}).map((element) => ({frame, name: element.name, ratio: element.ratio}));
