import type {OnArtifact} from '@remotion/renderer';
import type {WordBox} from '../../../components/caption-word-tracks';
import {readPicturePixels} from '../../../media/read-picture-pixels';
import type {TrackPlan} from '../../../timeline/plan-captures';
import {type AlphaBox, findAlphaBox} from './find-alpha-box';

/** Collects the word boxes CaptionTrack hands over with a highlighted page's capture, by artifact name. */
export const collectWordBoxes = (): {words: Map<string, WordBox[]>; onArtifact: OnArtifact} => {
	const words = new Map<string, WordBox[]>();
	return {
		words,
		onArtifact: (artifact) => {
			words.set(artifact.filename, JSON.parse(Buffer.from(artifact.content).toString('utf8')) as WordBox[]);
		},
	};
};

/** A box in composition pixels as capture pixels at `scale`, widened to even edges, inside the frame. Pure. */
export const toCaptureBox = (box: WordBox, scale: number, size: {width: number; height: number}): AlphaBox | null => {
	const even = (value: number, round: (v: number) => number) => 2 * round(value / 2);
	const x = Math.max(0, even(box.left * scale, Math.floor));
	const y = Math.max(0, even(box.top * scale, Math.floor));
	const endX = Math.min(size.width, even(box.right * scale, Math.ceil));
	const endY = Math.min(size.height, even(box.bottom * scale, Math.ceil));
	return endX > x && endY > y ? {x, y, width: endX - x, height: endY - y} : null;
};

/**
 * The box of each track's capture ffmpeg shows: for a part of a shared capture, the box
 * the browser handed over for it (`partBoxes(capture)`); else where the capture has pixels
 * (findAlphaBox), so ffmpeg fades and moves only that box. Null for a track with nothing
 * drawn (a hook line the text did not need).
 */
export const findTrackBoxes = async ({
	tracks,
	files,
	partBoxes,
	size,
}: {
	tracks: readonly Pick<TrackPlan, 'capture' | 'part'>[];
	/** The capture files, by capture index. */
	files: readonly string[];
	partBoxes: (capture: number) => readonly WordBox[] | undefined;
	size: {width: number; height: number; scale: number};
}): Promise<(AlphaBox | null)[]> => {
	const boxes: (AlphaBox | null)[] = [];
	for (const {capture, part} of tracks) {
		const file = files[capture]!;
		if (part !== null) {
			const box = partBoxes(capture)?.[part];
			if (!box) throw new Error(`No box came back for part ${part} of ${file}; did the browser draw it?`);
			boxes.push(toCaptureBox(box, size.scale, size));
			continue;
		}
		const rgba = await readPicturePixels(file, 'rgba');
		if (rgba.length !== size.width * size.height * 4) {
			throw new Error(`${file} is not a ${size.width}×${size.height} capture (${rgba.length} bytes of RGBA)`);
		}
		boxes.push(findAlphaBox(rgba, size.width, size.height));
	}
	return boxes;
};
