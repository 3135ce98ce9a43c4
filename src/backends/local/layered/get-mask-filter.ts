import type {TransitionPlan} from '../../../timeline/plan-transitions';
import type {FrameSize} from './get-base-filters';
import {perFrame} from './per-frame-expressions';

/**
 * The mask a transition shows the scene coming in through, as a gray stream over its
 * frames (white: shown): a fade's level, or a wipe's edge where @remotion/transitions'
 * clip path puts it (from the right, from the bottom, or along the diagonal from the
 * bottom-left corner), each a crop sliding over one still picture.
 */
export const getMaskFilter = (
	{from, frames, look, progress}: TransitionPlan,
	size: FrameSize,
	label: string,
): string => {
	const {width: w, height: h, fps} = size;
	/** A gray picture `lum` draws, held over the transition's frames. */
	const still = (picture: string, lum: string) =>
		`color=c=black:s=${picture}:r=${fps},format=gray,geq=lum='${lum}',trim=end_frame=1,` +
		`loop=loop=${frames - 1}:size=1,settb=1/${fps},setpts=N+${from}`;
	const at = (valueOf: (p: number) => number) => perFrame(from, frames, fps, (i) => Math.round(valueOf(progress[i]!)));
	if (look.type === 'fade') {
		// One pixel of a ramp of the 256 levels, as large as the frame.
		return `${still('256x1', 'X')},crop=1:1:'${at((p) => 255 * p)}':0,scale=${w}:${h}:flags=neighbor[${label}]`;
	}
	if (look.direction === 'from-right') {
		return `${still('2x1', '255*X')},scale=${2 * w}:${h}:flags=neighbor,crop=${w}:${h}:'${at((p) => w * p)}':0[${label}]`;
	}
	if (look.direction === 'from-bottom') {
		return `${still('1x2', '255*Y')},scale=${w}:${2 * h}:flags=neighbor,crop=${w}:${h}:0:'${at((p) => h * p)}'[${label}]`;
	}
	// Shown where x/w + 1 - y/h <= 2p: white left of x = w(1 + y/h), on a still 3w wide,
	// drawn at half size (a quarter of the work for geq) and scaled up.
	const [halfW, halfH] = [Math.ceil(w / 2), Math.ceil(h / 2)];
	const edge = `255*clip(${halfW}*(1+Y/${halfH})-X+0.5,0,1)`;
	return (
		`${still(`${3 * halfW}x${halfH}`, edge)},scale=${3 * w}:${h}:flags=bilinear,` +
		`crop=${w}:${h}:'${at((p) => w * (2 - 2 * p))}':0[${label}]`
	);
};
