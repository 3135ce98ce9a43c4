import {readPicturePixels} from '../../../media/read-picture-pixels';
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
		const rgba = await readPicturePixels(file, 'rgba');
		if (rgba.length !== size.width * size.height * 4) {
			throw new Error(`${file} is not a ${size.width}×${size.height} capture (${rgba.length} bytes of RGBA)`);
		}
		boxes.push(findAlphaBox(rgba, size.width, size.height));
	}
	return boxes;
};
