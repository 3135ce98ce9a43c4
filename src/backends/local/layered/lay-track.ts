import type {TrackFrame} from '../../../timeline/plan-captures';
import type {AlphaBox} from './find-alpha-box';
import {type FrameSize, seconds} from './get-base-filters';
import {getRuns, perFrame, perInputFrame} from './per-frame-expressions';

/** A track's capture, the box of it that has pixels, and where it stands on each frame it moves. */
export type CompositeTrack = {file: string; box: AlphaBox; under: boolean; frames: readonly TrackFrame[]};

/** Room of transparency around a box that shrinks, so that what perspective draws past its edges is clear. */
const SHRINK_MARGIN = 4;

/**
 * The perspective filter that draws a box (padded by SHRINK_MARGIN) at `scale` of its size
 * on each frame, from its left edge and middle, as CSS's `scale()` with `transform-origin:
 * left center` does.
 */
const shrinkFilter = (box: {width: number; height: number}, scales: readonly number[]): string => {
	const m = SHRINK_MARGIN;
	const originY = m + box.height / 2;
	const corner = (origin: number, at: number) =>
		perInputFrame(scales.length, (i) => Number((origin + scales[i]! * (at - origin)).toFixed(2)));
	const [left, right] = [corner(m, 0), corner(m, box.width + 2 * m)];
	const [top, bottom] = [corner(originY, 0), corner(originY, box.height + 2 * m)];
	return (
		`perspective=x0='${left}':y0='${top}':x1='${right}':y1='${top}':x2='${left}':y2='${bottom}':x3='${right}':y3='${bottom}'` +
		':interpolation=cubic:sense=destination:eval=frame'
	);
};

/**
 * A track over the picture `from`, ending in `[to]`: the box of its capture that has
 * pixels, read once and repeated on each frame it moves, faded by sendcmd frame by frame
 * (an alpha gain), lowered by overlay's y, for a bar that opens, shown from its left
 * edge as far as it has opened (a crop sliding over the box padded with transparency),
 * and for a button that pops, drawn smaller than captured (shrinkFilter).
 */
export const layTrack = (
	track: CompositeTrack,
	{id, source}: {id: number; source: string},
	from: string,
	to: string,
	size: FrameSize,
): string[] => {
	const {fps, scale} = size;
	const first = track.frames[0]!.frame;
	const last = track.frames.at(-1)!.frame;
	const at = new Map(track.frames.map((f) => [f.frame, f]));
	const values = Array.from(
		{length: last - first + 1},
		(_, i) => at.get(first + i) ?? {opacity: 0, rise: 0, reveal: 1, scale: 1},
	);
	const mixer = `colorchannelmixer@t${id}`;
	// Each new gain from just before its frame's time: the first one is the filter's own.
	const fades = getRuns(values.length, (i) => Number(values[i]!.opacity.toFixed(4)))
		.slice(1)
		.map(({from, value}) => `${seconds((first + from - 0.5) / fps)} ${mixer} aa ${value.toFixed(4)}`);
	const {box} = track;
	const wipes = values.some((v) => v.reveal < 1);
	const shrinks = values.some((v) => v.scale !== 1);
	const margin = shrinks ? SHRINK_MARGIN : 0;
	const y = perFrame(first, values.length, fps, (i) => box.y - margin + Math.round(values[i]!.rise * scale));
	const hidden = (i: number) => Math.round((1 - values[i]!.reveal) * box.width);
	const repeat = `loop=loop=${values.length - 1}:size=1,settb=1/${fps},setpts=N+${first}`;
	const draw = [
		...(wipes ? [`crop=${box.width}:${box.height}:'${perFrame(first, values.length, fps, hidden)}':0`] : []),
		...(shrinks
			? [
					shrinkFilter(
						box,
						values.map((v) => v.scale),
					),
				]
			: []),
		...(fades.length > 0 ? [`sendcmd=c='${fades.join(';')}'`] : []),
		`${mixer}=aa=${values[0]!.opacity.toFixed(4)},scale=out_color_matrix=bt709:out_range=tv,format=yuva420p`,
	].join(',');
	// Standing still, it is drawn once and the picture repeated; moving, drawn on each frame.
	const still = values.every((v) => standsLike(v, values[0]!));
	return [
		`[${source}]crop=${box.width}:${box.height}:${box.x}:${box.y},format=rgba,` +
			(wipes ? `pad=${box.width * 2}:${box.height}:0:0:color=black@0,` : '') +
			(shrinks ? `pad=${box.width + 2 * margin}:${box.height + 2 * margin}:${margin}:${margin}:color=black@0,` : '') +
			(still ? `${draw},${repeat}` : `${repeat},${draw}`) +
			`[t${id}]`,
		`[${from}][t${id}]overlay=x=${box.x - margin}:y='${y}':eval=frame:eof_action=pass:format=yuv420[${to}]`,
	];
};

type TrackState = Pick<TrackFrame, 'opacity' | 'rise' | 'reveal' | 'scale'>;

/** Whether a track stands the same on two frames, as ffmpeg draws it. */
const standsLike = (a: TrackState, b: TrackState): boolean =>
	a.opacity.toFixed(4) === b.opacity.toFixed(4) &&
	Math.round(a.rise) === Math.round(b.rise) &&
	a.reveal.toFixed(4) === b.reveal.toFixed(4) &&
	a.scale.toFixed(4) === b.scale.toFixed(4);

/**
 * A track as two pieces when it comes to stand still (its settled tail, drawn once and
 * repeated), else as it is.
 */
const splitSettled = (track: CompositeTrack): CompositeTrack[] => {
	const {frames} = track;
	let tail = frames.length - 1;
	while (
		tail > 0 &&
		frames[tail - 1]!.frame === frames[tail]!.frame - 1 &&
		standsLike(frames[tail - 1]!, frames[tail]!)
	) {
		tail--;
	}
	if (tail === 0 || frames.length - tail < 2) return [track];
	return [
		{...track, frames: frames.slice(0, tail)},
		{...track, frames: frames.slice(tail)},
	];
};

/** A track's frames on the output (`entering` false) or over one transition's scene coming in, moving then settled. */
export const piecesOf = (tracks: readonly CompositeTrack[], keep: (frame: TrackFrame) => boolean): CompositeTrack[] =>
	tracks.flatMap((track) => {
		const frames = track.frames.filter(keep);
		return frames.length > 0 ? splitSettled({...track, frames}) : [];
	});
