/** Where a capture has pixels: a box in the frame, with even edges (4:2:0 chroma comes in 2×2 blocks). */
export type AlphaBox = {x: number; y: number; width: number; height: number};

/**
 * The smallest box, with even edges, holding every pixel of a frame that is not fully
 * transparent; null when the frame is empty. The frame is RGBA, or its alpha plane alone
 * (`bytesPerPixel` 1). Pure.
 */
export const findAlphaBox = (
	pixels: Uint8Array,
	width: number,
	height: number,
	bytesPerPixel: 1 | 4 = 4,
): AlphaBox | null => {
	const alpha = bytesPerPixel - 1;
	let top = height;
	let bottom = -1;
	let left = width;
	let right = -1;
	for (let y = 0; y < height; y++) {
		const row = y * width * bytesPerPixel;
		let first = -1;
		for (let x = 0; x < width; x++) {
			if (pixels[row + x * bytesPerPixel + alpha] !== 0) {
				first = x;
				break;
			}
		}
		if (first === -1) continue;
		let last = first;
		for (let x = width - 1; x > first; x--) {
			if (pixels[row + x * bytesPerPixel + alpha] !== 0) {
				last = x;
				break;
			}
		}
		top = Math.min(top, y);
		bottom = y;
		left = Math.min(left, first);
		right = Math.max(right, last);
	}
	if (bottom === -1) return null;
	const x = left - (left % 2);
	const y = top - (top % 2);
	const endX = Math.min(width, right + 1 + ((right + 1) % 2));
	const endY = Math.min(height, bottom + 1 + ((bottom + 1) % 2));
	return {x, y, width: endX - x, height: endY - y};
};
