import path from 'node:path';
import {runFfmpeg} from './run-ffmpeg';

/** A picture file's pixels, row after row, as RGB (3 bytes a pixel) or RGBA (4), decoded by Remotion's ffmpeg. */
export const readPicturePixels = async (file: string, format: 'rgb24' | 'rgba'): Promise<Uint8Array> => {
	const {stdout} = await runFfmpeg([
		'-i',
		path.resolve(file),
		'-f',
		'image2pipe',
		'-c:v',
		'rawvideo',
		'-pix_fmt',
		format,
		'-',
	]);
	return new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length);
};
