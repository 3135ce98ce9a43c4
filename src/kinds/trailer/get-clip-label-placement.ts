import type {ClipLabelPosition} from '../../campaign/clip-label-position';
import {FRAME} from '../../specs/frame';
import {SAFE_BOX} from '../../specs/safe-zone';

/** Room left between the label and the frame's text around it (the safe zone's edge, the captions). */
export const CLIP_LABEL_GAP = 24;

export type ClipLabelPlacement = {
	/** Distance from the frame's left or right edge to the label's outer side. */
	side: 'left' | 'right';
	sideOffset: number;
	/** Distance from the frame's top or bottom edge to the label. */
	edge: 'top' | 'bottom';
	edgeOffset: number;
};

/**
 * Where a clip's label stands in the frame: in its corner of the safe zone, and at the
 * bottom above the tallest caption page (two lines of `captionFontSize` ending at
 * `captionBottom`), so label and captions never overlap. Pure.
 */
export const getClipLabelPlacement = ({
	position,
	captionFontSize,
	captionBottom,
	captionLineHeight,
}: {
	position: ClipLabelPosition;
	captionFontSize: number;
	captionBottom: number;
	captionLineHeight: number;
}): ClipLabelPlacement => {
	const [vertical, horizontal] = position.split('-') as ['top' | 'bottom', 'left' | 'right'];
	const captionTop = captionBottom - 2 * captionFontSize * captionLineHeight;
	return {
		side: horizontal,
		sideOffset: horizontal === 'left' ? SAFE_BOX.left : FRAME.width - SAFE_BOX.right,
		edge: vertical,
		edgeOffset:
			vertical === 'top' ? SAFE_BOX.top + CLIP_LABEL_GAP : Math.round(FRAME.height - captionTop + CLIP_LABEL_GAP),
	};
};
