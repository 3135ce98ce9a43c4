import type {FrameLayers, OverlayTrack} from '../../timeline/frame-layers';

/** Where a frame's tracks stand, to the pixel and the thousandth. */
const getTracksState = (tracks: readonly OverlayTrack[] = []): string =>
	tracks
		.map(
			(t) =>
				`${t.key}:${t.opacity.toFixed(3)}:${Math.round(t.rise)}:${(t.reveal ?? 1).toFixed(3)}:${(t.scale ?? 1).toFixed(3)}`,
		)
		.join(',');

/**
 * The frames the contrast check looks at: one in the middle of each time the text holds
 * still (a settled card, a caption page, a label), the longest-held first (over each kind
 * of base once, then any), at most `max`, in time order. Held text is what a viewer reads;
 * an entrance in flight is half faded. Without layers, `max` frames spread evenly. Pure.
 */
export const pickContrastFrames = ({
	layers,
	durationInFrames,
	max,
}: {
	layers: readonly FrameLayers[] | null;
	durationInFrames: number;
	max: number;
}): number[] => {
	if (!layers) {
		return Array.from({length: max}, (_, i) => Math.floor(((i + 0.5) * durationInFrames) / max));
	}
	// The longest run of consecutive frames of each still overlay, and what is under it.
	const longest = new Map<string, {from: number; length: number; base: string}>();
	let runKey: string | null = null;
	let runFrom = 0;
	const close = (end: number) => {
		// One frame is not held: a block in flight has a new state on every frame.
		if (runKey === null || end - runFrom < 2) return;
		const best = longest.get(runKey);
		if (!best || end - runFrom > best.length) {
			longest.set(runKey, {from: runFrom, length: end - runFrom, base: layers[runFrom]!.base.type});
		}
	};
	layers.forEach((frame, index) => {
		// Held: a still overlay whose tracks stand where they stood on the frame before.
		const key = frame.overlay.type === 'still' ? `${frame.overlay.key}|${getTracksState(frame.overlay.tracks)}` : null;
		if (key === runKey) return;
		close(index);
		runKey = key;
		runFrom = index;
	});
	close(layers.length);
	const byLength = [...longest.values()].sort((a, b) => b.length - a.length || a.from - b.from);
	// The longest-held over each kind of base first (a card on the backdrop, a caption on
	// footage): the text over each is drawn differently.
	const firsts = byLength.filter((run, i) => byLength.findIndex((other) => other.base === run.base) === i);
	return [...firsts, ...byLength.filter((run) => !firsts.includes(run))]
		.slice(0, max)
		.map((run) => run.from + Math.floor(run.length / 2))
		.sort((a, b) => a - b);
};
