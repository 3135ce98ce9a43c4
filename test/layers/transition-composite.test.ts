import {describe, expect, test} from 'vitest';
import {getCompositeArgs} from '../../src/backends/local/layered/get-composite-args';
import type {TransitionLook} from '../../src/timeline/frame-layers';

/** A 10-frame output whose frames 4 and 5 are a transition into a card, seen as `look`. */
const composite = (look: TransitionLook) => {
	const args = getCompositeArgs({
		runs: [{type: 'footage', src: '/t/ep01.mp4', fromSourceFrame: 0, frames: 10}],
		resolveFootage: (src) => src,
		overlayList: '/t/overlays.ffconcat',
		tracks: [
			{
				file: '/t/title.png',
				box: {x: 100, y: 400, width: 600, height: 200},
				under: false,
				frames: [
					{frame: 4, opacity: 0.5, rise: 10, reveal: 1, scale: 1, entering: true},
					{frame: 5, opacity: 1, rise: 0, reveal: 1, scale: 1, entering: true},
					{frame: 6, opacity: 1, rise: 0, reveal: 1, scale: 1},
				],
			},
		],
		transitions: [
			{
				plan: {
					from: 4,
					frames: 2,
					look,
					progress: [0, 0.5],
					runs: [{type: 'fill', color: '#101010', frames: 2}],
					captureOfFrame: [3, 3],
				},
				overlayList: '/t/entering-0.ffconcat',
			},
		],
		size: {width: 1080, height: 1920, scale: 1, fps: 30},
		totalFrames: 10,
		settings: {crf: 18, videoBitrate: null, x264Preset: 'veryfast'},
		output: '/t/out.mp4',
	});
	return {args, graph: args[args.indexOf('-filter_complex') + 1]!};
};

describe('a transition played by ffmpeg', () => {
	test('the scene coming in is drawn on its own from its frame on, its captures and tracks over it, then laid over the output', () => {
		const {args, graph} = composite({type: 'fade'});
		expect(args).toContain('/t/entering-0.ffconcat');
		// Its list starts at 0: moved to the transition's first frame.
		expect(graph).toMatch(/format=yuva420p,setpts=PTS\+4\/\(30\*TB\)\[in0over\]/);
		expect(graph).toContain('concat=n=1:v=1:a=0,settb=1/30,setpts=N+4[in0base0]');
		// The track's frames are split: the first two over the scene coming in, the third over the output.
		expect(graph).toMatch(/\[in0top0\]\[t\d+\]overlay/);
		expect(graph).toMatch(/\[top0\]\[t\d+\]overlay/);
		expect(graph).toContain('[in0pic][in0mask]alphamerge[in0]');
		expect(graph).toContain('[top1][in0]overlay=format=yuv420:eof_action=pass[after0]');
		expect(graph).toContain('[after0]trim=end_frame=10');
	});

	test.each([
		[{type: 'fade'} as const, "crop=1:1:'if(lt(t,0.150000),0,128)':0,scale=1080:1920:flags=neighbor"],
		[
			{type: 'wipe', direction: 'from-right'} as const,
			"scale=2160:1920:flags=neighbor,crop=1080:1920:'if(lt(t,0.150000),0,540)':0",
		],
		[
			{type: 'wipe', direction: 'from-bottom'} as const,
			"scale=1080:3840:flags=neighbor,crop=1080:1920:0:'if(lt(t,0.150000),0,960)'",
		],
		[
			{type: 'wipe', direction: 'from-bottom-left'} as const,
			"color=c=black:s=1620x960:r=30,format=gray,geq=lum='255*clip(540*(1+Y/960)-X+0.5,0,1)'",
		],
	])('%o: the mask slides over a still picture by the eased progress', (look, expected) => {
		expect(composite(look).graph).toContain(expected);
	});
});
