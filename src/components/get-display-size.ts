/**
 * The size of a display text: as large as its width allows (`widthFitSize`, from
 * fitTextOnNLines), but no taller than `maxHeight` over its `lines`. A short title grows to
 * fill its row of the grid, a long one gets more lines at a smaller size. Pure.
 */
export const getDisplaySize = ({
	widthFitSize,
	lines,
	lineHeight,
	maxHeight,
}: {
	widthFitSize: number;
	lines: number;
	lineHeight: number;
	maxHeight: number;
}): number => Math.floor(Math.min(widthFitSize, maxHeight / (Math.max(1, lines) * lineHeight)));
