/** Where a capture has pixels: a box in the frame, with even edges (4:2:0 chroma comes in 2×2 blocks). */
export type AlphaBox = {x: number; y: number; width: number; height: number};

/**
 * The smallest box, with even edges, holding every pixel of an RGBA frame that is not fully
 * transparent; null when the frame is empty. Pure.
 */
export const findAlphaBox = (rgba: Uint8Array, width: number, height: number): AlphaBox | null => {
	let top = height;
	let bottom = -1;
	let left = width;
	let right = -1;
	for (let y = 0; y < height; y++) {
		const row = y * width * 4;
		let first = -1;
		for (let x = 0; x < width; x++) {
			if (rgba[row + x * 4 + 3] !== 0) {
				first = x;
				break;
			}
		}
		if (first === -1) continue;
		let last = first;
		for (let x = width - 1; x > first; x--) {
			if (rgba[row + x * 4 + 3] !== 0) {
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
