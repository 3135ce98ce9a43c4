import {runFfmpeg} from '../media/run-ffmpeg';
import {renameSync, rmSync} from 'node:fs';
import path from 'node:path';

export const SHEET_FRAME_COUNT = 6;
const SHEET_FRAME_WIDTH = 180;
const POSTER_WIDTH = 360;

/** Evenly spread times across the asset, at the middle of each sixth (never the black first frame). */
export const getSheetTimes = (durationInSeconds: number, count = SHEET_FRAME_COUNT): number[] =>
	Array.from({length: count}, (_, i) => Math.round(((i + 0.5) * durationInSeconds * 1000) / count) / 1000);

type Shot = {name: string; source: string; atSeconds: number | null; width: number};

/**
 * Makes small JPEGs for the review page with one call to Remotion's own ffmpeg: the poster
 * (the header's cover scaled down, else a frame of the video) and a contact sheet of frames.
 * That minimal ffmpeg has no `tile` or `fps` filter, so the sheet is separate pictures laid out
 * by the page; each one seeks straight to its time, so long teasers cost no full decode.
 * Files are written under temporary names and renamed when complete.
 */
export const extractReviewFrames = async ({
	video,
	cover,
	durationInSeconds,
	dir,
	stem,
}: {
	video: string;
	cover: string | null;
	durationInSeconds: number;
	/** Where the pictures go. */
	dir: string;
	/** File name start, e.g. "ep03-teaser.1a2b3c4d5e6f". */
	stem: string;
}): Promise<{poster: string; frames: {name: string; atSeconds: number}[]}> => {
	const poster: Shot = cover
		? {name: `${stem}.poster.jpg`, source: cover, atSeconds: null, width: POSTER_WIDTH}
		: {name: `${stem}.poster.jpg`, source: video, atSeconds: Math.min(1.5, durationInSeconds / 2), width: POSTER_WIDTH};
	const frames = getSheetTimes(durationInSeconds).map((atSeconds, i) => ({
		name: `${stem}.${i + 1}.jpg`,
		source: video,
		atSeconds,
		width: SHEET_FRAME_WIDTH,
	}));
	const shots: Shot[] = [poster, ...frames];
	// Absolute: Remotion's ffmpeg runs in its own package folder.
	const partial = (shot: Shot) => path.resolve(dir, `.${shot.name}.${process.pid}.partial.jpg`);
	const inputs = shots.flatMap((shot) => [
		...(shot.atSeconds === null ? [] : ['-ss', shot.atSeconds.toFixed(3)]),
		'-i',
		path.resolve(shot.source),
	]);
	// Never upscale: a reduced-scale preview keeps its own size.
	const outputs = shots.flatMap((shot, index) => [
		...['-map', `${index}:v:0`, '-frames:v', '1', '-vf', `scale=w=min(${shot.width}\\,iw):h=-2`, '-q:v', '5'],
		partial(shot),
	]);
	try {
		await runFfmpeg(['-loglevel', 'error', '-y', ...inputs, ...outputs]);
		for (const shot of shots) renameSync(partial(shot), path.join(dir, shot.name));
	} finally {
		for (const shot of shots) rmSync(partial(shot), {force: true});
	}
	return {poster: poster.name, frames: frames.map(({name, atSeconds}) => ({name, atSeconds}))};
};
