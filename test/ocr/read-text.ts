import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {promisify} from 'node:util';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';

const run = promisify(execFile);

/** A channel brighter than this is light text: white, yellow, the accent. */
const LIGHT_TEXT = 170;
/** Darker than this (luma) is dark text, or a caption's outline. */
const DARK_TEXT = 60;

/**
 * Page layouts tesseract reads a frame with: sparse text (a frame is no page of paragraphs),
 * and its automatic layout, which keeps a short last line of display capitals that sparse
 * mode drops (« À 18 H » under « 22 JANVIER » on the release card).
 */
const LAYOUTS = ['11', '3'];

const tesseract = async (image: string, layout: string): Promise<string> => {
	try {
		// One thread each: the readings run side by side.
		const {stdout} = await run('tesseract', [image, 'stdout', '-l', 'fra', '--psm', layout], {
			env: {...process.env, OMP_THREAD_LIMIT: '1'},
		});
		return stdout;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error('tesseract is not installed: run scripts/setup.sh (Debian tesseract-ocr and tesseract-ocr-fra)');
		}
		throw error;
	}
};

/** A black-on-white PGM of the pixels `isText` keeps. */
const writeMask = (file: string, width: number, height: number, isText: (pixel: number) => boolean): string => {
	const gray = Buffer.alloc(width * height);
	for (let i = 0; i < gray.length; i++) gray[i] = isText(i) ? 0 : 255;
	writeFileSync(file, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), gray]));
	return file;
};

/**
 * The French text tesseract (Debian's tesseract-ocr and tesseract-ocr-fra) reads in a PNG
 * frame, twice: its light pixels alone (a caption's fill without its dark outline, which
 * tesseract reading the frame as it is takes for part of the letters and of the word gaps),
 * and its dark pixels alone (dark type on a bright box, which tesseract's one global
 * threshold over a dark frame loses; outlined captions too), each in two page layouts
 * (LAYOUTS). compareWords counts a word read if any reading has it.
 */
export const readText = async ({image, width, height}: {image: string; width: number; height: number}) => {
	// Debian's ffmpeg: Remotion's has no rawvideo output.
	const {stdout: rgb} = await run(
		findSystemFfmpeg(),
		['-v', 'error', '-i', image, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
		{encoding: 'buffer', maxBuffer: width * height * 3 + 1024},
	);
	const channel = (pixel: number, c: number) => rgb[3 * pixel + c]!;
	const light = writeMask(image.replace(/\.png$/, '.light.pgm'), width, height, (p) =>
		[0, 1, 2].some((c) => channel(p, c) > LIGHT_TEXT),
	);
	const dark = writeMask(
		image.replace(/\.png$/, '.dark.pgm'),
		width,
		height,
		(p) => 0.299 * channel(p, 0) + 0.587 * channel(p, 1) + 0.114 * channel(p, 2) < DARK_TEXT,
	);
	return Promise.all([light, dark].flatMap((mask) => LAYOUTS.map((layout) => tesseract(mask, layout))));
};
