/**
 * The ffconcat list that plays the captured overlays over the output's frames: each capture
 * for as long as it holds, decoded once by ffmpeg however long that is. Times are whole
 * microseconds rounded down, so an overlay never starts after the frame it belongs to. Pure.
 */
export const getOverlayList = ({
	captureOfFrame,
	captureFiles,
	fps,
}: {
	captureOfFrame: readonly number[];
	captureFiles: readonly string[];
	fps: number;
}): string => {
	const startUs = (frame: number) => Math.floor((frame * 1e6) / fps);
	const lines = ['ffconcat version 1.0'];
	let from = 0;
	for (let frame = 1; frame <= captureOfFrame.length; frame++) {
		if (frame < captureOfFrame.length && captureOfFrame[frame] === captureOfFrame[from]) continue;
		const file = captureFiles[captureOfFrame[from]!];
		if (file === undefined) throw new RangeError(`No captured file for capture ${captureOfFrame[from]}`);
		lines.push(
			`file '${file.replaceAll("'", "'\\''")}'`,
			// Read at the output's rate: at image2's default (25/s) starts would snap to 40 ms.
			`option framerate ${fps}`,
			`duration ${(startUs(frame) - startUs(from)) / 1e6}`,
		);
		from = frame;
	}
	return `${lines.join('\n')}\n`;
};
