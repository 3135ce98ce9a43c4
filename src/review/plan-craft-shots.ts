import type {FrameLayers} from '../timeline/frame-layers';

export type CraftShot = {frame: number; label: string};

/** The runs of consecutive frames holding the same still overlay, in order. */
const getStillRuns = (layers: readonly FrameLayers[]): {key: string; from: number; length: number}[] => {
	const runs: {key: string; from: number; length: number}[] = [];
	layers.forEach((layer, frame) => {
		const key = layer.overlay.type === 'still' ? layer.overlay.key : null;
		const last = runs.at(-1);
		if (key !== null && last?.key === key && last.from + last.length === frame) last.length++;
		else if (key !== null) runs.push({key, from: frame, length: 1});
	});
	return runs;
};

const middle = (run: {from: number; length: number}) => run.from + Math.floor(run.length / 2);

/**
 * The frame of each card of a trailer once it has settled (its scene's still overlay
 * `s<index>|…`, the longest run), labelled with the card's type. Pure.
 */
export const planTrailerCardShots = ({
	layers,
	scenes,
}: {
	layers: readonly FrameLayers[];
	scenes: readonly {type: string}[];
}): CraftShot[] => {
	const runs = getStillRuns(layers);
	return scenes.flatMap((scene, index) => {
		if (scene.type === 'clip') return [];
		const own = runs.filter((run) => run.key.split('|')[0] === `s${index}`).sort((a, b) => b.length - a.length)[0];
		return own ? [{frame: middle(own), label: scene.type}] : [];
	});
};

/**
 * Up to `count` caption pages of a teaser, spread over it: each time its overlay holds
 * still at least `minFrames` (a page on screen long enough to read), the middle frame. Pure.
 */
export const planCaptionPageShots = ({
	layers,
	count,
	minFrames,
	fps,
}: {
	layers: readonly FrameLayers[];
	count: number;
	minFrames: number;
	fps: number;
}): CraftShot[] => {
	const runs = getStillRuns(layers).filter((run) => run.length >= minFrames);
	const picked =
		runs.length <= count
			? runs
			: Array.from({length: count}, (_, i) => runs[Math.floor(((i + 0.5) * runs.length) / count)]!);
	return picked.map((run) => ({frame: middle(run), label: `${(middle(run) / fps).toFixed(1)} s`}));
};
