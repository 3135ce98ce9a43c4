import {SAFE_BOX} from './safe-zone';

export type ElementBox = {name: string; left: number; top: number; right: number; bottom: number};
export type SafeZoneViolation = {name: string; box: ElementBox; edges: string[]};

/** Half a pixel of slack for sub-pixel layout. */
const TOLERANCE_PX = 0.5;

/** Marked elements (text and logos) whose box leaves the safe zone, with the edges crossed. Pure. */
export const findSafeZoneViolations = (boxes: readonly ElementBox[], safe = SAFE_BOX): SafeZoneViolation[] =>
	boxes.flatMap((box) => {
		const edges = [
			box.left < safe.left - TOLERANCE_PX ? `left ${Math.round(box.left)} < ${safe.left}` : null,
			box.right > safe.right + TOLERANCE_PX ? `right ${Math.round(box.right)} > ${safe.right}` : null,
			box.top < safe.top - TOLERANCE_PX ? `top ${Math.round(box.top)} < ${safe.top}` : null,
			box.bottom > safe.bottom + TOLERANCE_PX ? `bottom ${Math.round(box.bottom)} > ${safe.bottom}` : null,
		].filter((edge): edge is string => edge !== null);
		return edges.length > 0 ? [{name: box.name, box, edges}] : [];
	});

export const formatSafeZoneViolation = (violation: SafeZoneViolation, frame: number): string =>
	`"${violation.name}" leaves the TikTok safe zone at frame ${frame} (${violation.edges.join(', ')}); shorten its text or move it inside x ${SAFE_BOX.left}–${SAFE_BOX.right}, y ${SAFE_BOX.top}–${SAFE_BOX.bottom}`;
