import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {WordBox} from '../../../components/caption-word-tracks';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';
import type {TrackPlan} from '../../../timeline/plan-captures';
import {type AlphaBox, findAlphaBox} from './find-alpha-box';

/** A box in composition pixels as capture pixels at `scale`, widened to even edges, inside the frame. Pure. */
export const toCaptureBox = (box: WordBox, scale: number, size: {width: number; height: number}): AlphaBox | null => {
	const even = (value: number, round: (v: number) => number) => 2 * round(value / 2);
	const x = Math.max(0, even(box.left * scale, Math.floor));
	const y = Math.max(0, even(box.top * scale, Math.floor));
	const endX = Math.min(size.width, even(box.right * scale, Math.ceil));
	const endY = Math.min(size.height, even(box.bottom * scale, Math.ceil));
	return endX > x && endY > y ? {x, y, width: endX - x, height: endY - y} : null;
};

/** The alpha planes of same-sized pictures, decoded in one ffmpeg run (written to `dir`, then read). */
const readAlphaPlanes = async (
	files: readonly string[],
	size: {width: number; height: number},
	dir: string,
	signal?: AbortSignal,
): Promise<Uint8Array[]> => {
	if (files.length === 0) return [];
	const output = path.join(dir, 'track-alpha.gray');
	const planes = files.map((_, i) => `[${i}:v]format=rgba,alphaextract[a${i}]`);
	const join = `${files.map((_, i) => `[a${i}]`).join('')}concat=n=${files.length}:v=1:a=0[alpha]`;
	await runSystemFfmpeg(
		[
			'-y',
			...files.flatMap((file) => ['-i', file]),
			'-filter_complex',
			[...planes, join].join(';'),
			'-map',
			'[alpha]',
			'-fps_mode',
			'passthrough',
			'-f',
			'rawvideo',
			'-pix_fmt',
			'gray',
			output,
		],
		signal,
	);
	const data = await readFile(output);
	const plane = size.width * size.height;
	if (data.length !== plane * files.length) {
		throw new Error(`The track captures are not ${files.length} pictures of ${size.width}×${size.height}`);
	}
	return files.map((_, i) => new Uint8Array(data.buffer, data.byteOffset + i * plane, plane));
};

/**
 * The box of each track's capture ffmpeg shows: for a part of a shared capture, the box
 * the browser handed over for it (`partBoxes(capture)`); else where the capture has pixels
 * (findAlphaBox), so ffmpeg fades and moves only that box. Null for a track with nothing
 * drawn (a hook line the text did not need). Work files go in `dir`.
 */
export const findTrackBoxes = async ({
	tracks,
	files,
	partBoxes,
	size,
	dir,
	signal,
}: {
	tracks: readonly Pick<TrackPlan, 'capture' | 'part'>[];
	/** The capture files, by capture index. */
	files: readonly string[];
	partBoxes: (capture: number) => readonly WordBox[] | undefined;
	size: {width: number; height: number; scale: number};
	dir: string;
	signal?: AbortSignal;
}): Promise<(AlphaBox | null)[]> => {
	const whole = [...new Set(tracks.flatMap(({capture, part}) => (part === null ? [capture] : [])))];
	const planes = await readAlphaPlanes(
		whole.map((capture) => files[capture]!),
		size,
		dir,
		signal,
	);
	const alphaBoxes = new Map(
		whole.map((capture, i) => [capture, findAlphaBox(planes[i]!, size.width, size.height, 1)]),
	);
	return tracks.map(({capture, part}) => {
		if (part === null) return alphaBoxes.get(capture)!;
		const box = partBoxes(capture)?.[part];
		if (!box) throw new Error(`No box came back for part ${part} of ${files[capture]}; did the browser draw it?`);
		return toCaptureBox(box, size.scale, size);
	});
};
