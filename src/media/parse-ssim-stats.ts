/** Mean and lowest SSIM ("All", over Y, U and V) over every frame of an ffmpeg `ssim` stats file. Pure. */
export const parseSsimStats = (stats: string): {frames: number; mean: number; min: number} => {
	const values = [...stats.matchAll(/^n:\d+ .*All:([\d.]+)/gm)].map((match) => Number(match[1]));
	if (values.length === 0) throw new Error('The SSIM stats hold no frame');
	return {
		frames: values.length,
		mean: values.reduce((sum, value) => sum + value, 0) / values.length,
		min: Math.min(...values),
	};
};
