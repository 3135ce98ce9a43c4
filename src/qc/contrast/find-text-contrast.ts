import {getLuminanceContrast, getRelativeLuminance} from '../../specs/contrast';
import type {ElementBox} from '../../specs/find-safe-zone-violations';

/** Two pictures of the same frame, RGB, 3 bytes a pixel: as rendered, and without the text's fill. */
export type ProbePair = {width: number; height: number; withText: Uint8Array; withoutText: Uint8Array};

export type ElementContrast = {
	name: string;
	ratio: number;
	/** Relative luminances compared: the letters' and what surrounds them. */
	textLuminance: number;
	backgroundLuminance: number;
	textPixels: number;
};

/** A channel must change by this much (of 255) for a pixel to count as painted by a letter. */
const PAINTED = 24;
/** A letter pixel is solid, not an anti-aliased edge, when it changed this much of the most changed ones. */
const SOLID = 0.85;
/** An element needs this many pixels of letters to be measured (a stray edge is not text). */
const MIN_TEXT_PIXELS = 12;

/** Each channel value's share of relative luminance, per channel: a frame has millions of pixels. */
const SHARES = [0, 1, 2].map((channel) =>
	Float64Array.from({length: 256}, (_, v) =>
		getRelativeLuminance([channel === 0 ? v : 0, channel === 1 ? v : 0, channel === 2 ? v : 0]),
	),
);

const luminanceAt = (rgb: Uint8Array, i: number): number =>
	SHARES[0]![rgb[3 * i]!]! + SHARES[1]![rgb[3 * i + 1]!]! + SHARES[2]![rgb[3 * i + 2]!]!;

/** `value` at fraction `q` (0–1) of the sorted `values`. */
const quantile = (values: readonly number[], q: number): number => {
	const sorted = Float64Array.from(values).sort();
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
};

/** Grows a mask by `radius` pixels (square neighbourhood). */
const dilate = (mask: Uint8Array, width: number, height: number, radius: number): Uint8Array => {
	const rows = new Uint8Array(mask.length);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (!mask[y * width + x]) continue;
			for (let dx = Math.max(0, x - radius); dx <= Math.min(width - 1, x + radius); dx++) rows[y * width + dx] = 1;
		}
	}
	const out = new Uint8Array(mask.length);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (!rows[y * width + x]) continue;
			for (let dy = Math.max(0, y - radius); dy <= Math.min(height - 1, y + radius); dy++) out[dy * width + x] = 1;
		}
	}
	return out;
};

/**
 * The contrast of each text element of a frame, as a reader meets it at the letters' edges.
 * Letters are the pixels the text's fill paints (where the two pictures differ); the letter
 * colour is read on their solid core, away from anti-aliased edges. What they stand out
 * against is the band of pixels just around them in the picture without fill: a caption's
 * outline, a label's box, or the backdrop or footage itself for bare text. The ratio is
 * taken between the dimmest tenth of the letters and the brightest tenth of their
 * surroundings (or the other way round for dark text): the worst of what is on screen, not
 * the average, yet not one stray pixel. Boxes are in the pictures' pixels; a pixel in
 * several boxes counts for the smallest. Pure.
 */
export const findTextContrast = ({
	pair,
	boxes,
	ringPx,
}: {
	pair: ProbePair;
	boxes: readonly ElementBox[];
	/** How far around the letters their surroundings are read, in pixels of the pictures. */
	ringPx: number;
}): ElementContrast[] => {
	// Only the pixels near a box count: each group of boxes whose surroundings touch is
	// measured in its own crop, and the rest of the frame is left out of the work.
	const margin = 2 * ringPx + 1;
	const measured = new Map<ElementBox, ElementContrast>();
	for (const group of groupNearBoxes(boxes, margin)) {
		const left = Math.max(0, Math.floor(Math.min(...group.map((b) => b.left)) - margin));
		const top = Math.max(0, Math.floor(Math.min(...group.map((b) => b.top)) - margin));
		const right = Math.min(pair.width, Math.ceil(Math.max(...group.map((b) => b.right)) + margin));
		const bottom = Math.min(pair.height, Math.ceil(Math.max(...group.map((b) => b.bottom)) + margin));
		if (right <= left || bottom <= top) continue;
		const shifted = group.map((b) => ({
			...b,
			left: b.left - left,
			right: b.right - left,
			top: b.top - top,
			bottom: b.bottom - top,
		}));
		const results = measureElements({pair: cropPair(pair, {left, top, right, bottom}), boxes: shifted, ringPx});
		group.forEach((box, i) => {
			const result = results[i];
			if (result) measured.set(box, result);
		});
	}
	return boxes.flatMap((box) => measured.get(box) ?? []);
};

/**
 * The boxes in groups whose boxes, grown by `margin`, overlap (one box to the next): what
 * lies in one group's grown boxes never depends on another group's pixels. Pure.
 */
const groupNearBoxes = (boxes: readonly ElementBox[], margin: number): ElementBox[][] => {
	const near = (a: ElementBox, b: ElementBox) =>
		a.left - margin < b.right + margin &&
		b.left - margin < a.right + margin &&
		a.top - margin < b.bottom + margin &&
		b.top - margin < a.bottom + margin;
	let groups: ElementBox[][] = [];
	for (const box of boxes) {
		const touching = groups.filter((group) => group.some((other) => near(box, other)));
		groups = [...groups.filter((group) => !touching.includes(group)), [box, ...touching.flat()]];
	}
	return groups;
};

const cropPair = (
	{width, withText, withoutText}: ProbePair,
	{left, top, right, bottom}: Omit<ElementBox, 'name'>,
): ProbePair => {
	const crop = (rgb: Uint8Array) => {
		const out = new Uint8Array((right - left) * (bottom - top) * 3);
		for (let y = top; y < bottom; y++) {
			out.set(rgb.subarray(3 * (y * width + left), 3 * (y * width + right)), 3 * (y - top) * (right - left));
		}
		return out;
	};
	return {width: right - left, height: bottom - top, withText: crop(withText), withoutText: crop(withoutText)};
};

const measureElements = ({
	pair,
	boxes,
	ringPx,
}: {
	pair: ProbePair;
	boxes: readonly ElementBox[];
	ringPx: number;
}): (ElementContrast | null)[] => {
	const {width, height, withText, withoutText} = pair;
	const size = width * height;
	const diff = new Uint8Array(size);
	const painted = new Uint8Array(size);
	for (let i = 0; i < size; i++) {
		const d = Math.max(
			Math.abs(withText[3 * i]! - withoutText[3 * i]!),
			Math.abs(withText[3 * i + 1]! - withoutText[3 * i + 1]!),
			Math.abs(withText[3 * i + 2]! - withoutText[3 * i + 2]!),
		);
		diff[i] = d;
		painted[i] = d >= PAINTED ? 1 : 0;
	}
	// The band around the letters leaves out the pixel next to any letter: it is half letter.
	const near = dilate(painted, width, height, 1);
	const around = dilate(painted, width, height, ringPx);
	const owner = new Int32Array(size).fill(-1);
	const order = boxes
		.map((box, index) => ({box, index, area: (box.right - box.left) * (box.bottom - box.top)}))
		.sort((a, b) => b.area - a.area);
	// Largest first, so the smallest box containing a pixel writes last and owns it.
	for (const {box, index} of order) {
		const x0 = Math.max(0, Math.floor(box.left - ringPx));
		const x1 = Math.min(width, Math.ceil(box.right + ringPx));
		const y0 = Math.max(0, Math.floor(box.top - ringPx));
		const y1 = Math.min(height, Math.ceil(box.bottom + ringPx));
		for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) owner[y * width + x] = index;
	}
	const letters = boxes.map((): number[] => []);
	const surroundings = boxes.map((): number[] => []);
	const strength = boxes.map((): number[] => []);
	for (let i = 0; i < size; i++) {
		const index = owner[i]!;
		if (index < 0) continue;
		if (painted[i]) strength[index]!.push(i);
		else if (around[i] && !near[i]) surroundings[index]!.push(luminanceAt(withoutText, i));
	}
	return boxes.map((box, index): ElementContrast | null => {
		const pixels = strength[index]!;
		const ring = surroundings[index]!;
		if (pixels.length < MIN_TEXT_PIXELS || ring.length === 0) return null;
		// The solid core: pixels changed nearly as much as the most changed ones.
		const strong = quantile(
			pixels.map((i) => diff[i]!),
			0.9,
		);
		for (const i of pixels) if (diff[i]! >= SOLID * strong) letters[index]!.push(luminanceAt(withText, i));
		const text = letters[index]!;
		const lightText = quantile(text, 0.5) >= quantile(ring, 0.5);
		const textLuminance = quantile(text, lightText ? 0.25 : 0.75);
		const backgroundLuminance = quantile(ring, lightText ? 0.9 : 0.1);
		return {
			name: box.name,
			ratio: getLuminanceContrast(textLuminance, backgroundLuminance),
			textLuminance,
			backgroundLuminance,
			textPixels: text.length,
		};
	});
};
