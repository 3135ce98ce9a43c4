import {runFfmpeg} from '../../../media/run-ffmpeg';
import {type AlphaBox, findAlphaBox} from './find-alpha-box';

/**
 * Where each track's capture has pixels (findAlphaBox), so ffmpeg fades and moves only
 * that box; null for a track with nothing drawn (a hook line the text did not need).
 */
export const findTrackBoxes = async (
	files: readonly string[],
	size: {width: number; height: number},
): Promise<(AlphaBox | null)[]> => {
	const boxes: (AlphaBox | null)[] = [];
	for (const file of files) {
		const {stdout} = await runFfmpeg(['-i', file, '-f', 'image2pipe', '-c:v', 'rawvideo', '-pix_fmt', 'rgba', '-']);
		if (stdout.length !== size.width * size.height * 4) {
			throw new Error(`${file} is not a ${size.width}×${size.height} capture (${stdout.length} bytes of RGBA)`);
		}
		boxes.push(findAlphaBox(new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length), size.width, size.height));
	}
	return boxes;
};
