import {describe, expect, test} from 'vitest';
import {type AlphaBox, findAlphaBox} from '../../src/backends/local/layered/find-alpha-box';
import type {TrackFrame} from '../../src/timeline/plan-captures';
import {toCaptureBox} from '../../src/backends/local/layered/find-track-boxes';
import {getCompositeArgs} from '../../src/backends/local/layered/get-composite-args';
import {ENTRANCE_RISE_PX, ENTRANCE_SETTLED_AFTER} from '../../src/components/motion';
import {getTrackParts, getTrackSettledAfter, getTrackValues, getWipePeak} from '../../src/components/overlay-tracks';
import {CTA_POP} from '../../src/kinds/trailer/card-motion';

describe('getTrackParts: a block is a track wherever it is seen, moving or settled', () => {
	const motion = {type: 'entrance', fromOpacity: 0.4} as const;
	test('before it starts: a track if it is already seen (from 40 %), nothing while unseen', () => {
		expect(getTrackParts(motion, 10, 9)).toMatchObject([{key: 'entrance0.4@10', opacity: 0.4, rise: ENTRANCE_RISE_PX}]);
		expect(getTrackParts({type: 'entrance', fromOpacity: 0}, 10, 9)).toEqual([]);
	});
	test('settled: still a track, standing in its place', () => {
		expect(getTrackParts(motion, 10, 10 + ENTRANCE_SETTLED_AFTER + 30)).toEqual([
			{
				key: 'entrance0.4@10',
				opacity: 1,
				rise: 0,
				under: false,
			},
		]);
	});
	test('on its first frame it stands where the entrance starts; it rises and fades in from there', () => {
		expect(getTrackParts(motion, 10, 10)).toEqual([
			{key: 'entrance0.4@10', opacity: 0.4, rise: ENTRANCE_RISE_PX, under: false},
		]);
		const values = Array.from({length: ENTRANCE_SETTLED_AFTER}, (_, i) => getTrackValues(motion, i));
		expect(
			values.every((v, i) => i === 0 || (v.opacity >= values[i - 1]!.opacity && v.rise <= values[i - 1]!.rise)),
		).toBe(true);
		expect(getTrackValues(motion, ENTRANCE_SETTLED_AFTER)).toEqual({opacity: 1, rise: 0});
	});
	test("the end tag's dim goes under the captions", () => {
		expect(getTrackParts({type: 'dim'}, 100, 104)).toMatchObject([
			{key: 'dim@100', opacity: 0.5, rise: 0, under: true},
		]);
	});
});

describe('findAlphaBox', () => {
	const frame = (width: number, height: number, lit: [number, number][]) => {
		const rgba = new Uint8Array(width * height * 4);
		for (const [x, y] of lit) rgba[(y * width + x) * 4 + 3] = 1;
		return rgba;
	};
	test('an empty capture has no box', () => {
		expect(findAlphaBox(frame(8, 8, []), 8, 8)).toBeNull();
	});
	test('the box holds every visible pixel, its edges on even pixels', () => {
		expect(findAlphaBox(frame(8, 8, [[3, 5]]), 8, 8)).toEqual({x: 2, y: 4, width: 2, height: 2});
		expect(
			findAlphaBox(
				frame(10, 8, [
					[2, 1],
					[6, 6],
				]),
				10,
				8,
			),
		).toEqual({x: 2, y: 0, width: 6, height: 8});
	});
});

/** The composite of a black fill `totalFrames` long under `tracks`: its arguments and its filter graph. */
const composite = (tracks: Parameters<typeof getCompositeArgs>[0]['tracks'], totalFrames: number) => {
	const args = getCompositeArgs({
		runs: [{type: 'fill', color: '#000000', frames: totalFrames}],
		resolveFootage: (src) => src,
		overlayList: '/t/overlays.ffconcat',
		tracks,
		size: {width: 1080, height: 1920, scale: 1, fps: 30},
		totalFrames,
		settings: {crf: 18, videoBitrate: null, x264Preset: 'veryfast'},
		output: '/t/out.mp4',
	});
	return {args, graph: args[args.indexOf('-filter_complex') + 1]!};
};

/** A track over the frames listed, standing in place and whole where a frame says nothing else. */
const oneTrack = (file: string, box: AlphaBox, frames: (Partial<TrackFrame> & {frame: number})[]) => ({
	file,
	box,
	under: false,
	frames: frames.map((f) => ({opacity: 1, rise: 0, reveal: 1, scale: 1, ...f})),
});

describe("toCaptureBox: a spoken word's box, from the browser, as capture pixels", () => {
	test('scaled, widened to even edges, never shrunk', () => {
		expect(
			toCaptureBox({left: 101.4, top: 1203.2, right: 250.6, bottom: 1281}, 1, {width: 1080, height: 1920}),
		).toEqual({x: 100, y: 1202, width: 152, height: 80});
		expect(toCaptureBox({left: 101, top: 1203, right: 251, bottom: 1281}, 0.5, {width: 540, height: 960})).toEqual({
			x: 50,
			y: 600,
			width: 76,
			height: 42,
		});
	});

	test('kept inside the frame; nothing when it is wholly outside', () => {
		expect(toCaptureBox({left: -8, top: 1900, right: 30, bottom: 1930}, 1, {width: 1080, height: 1920})).toEqual({
			x: 0,
			y: 1900,
			width: 30,
			height: 20,
		});
		expect(toCaptureBox({left: 1100, top: 10, right: 1200, bottom: 40}, 1, {width: 1080, height: 1920})).toBeNull();
	});
});

describe('getCompositeArgs with tracks', () => {
	const {args, graph} = composite(
		[
			{
				file: '/t/card.png',
				box: {x: 40, y: 600, width: 900, height: 300},
				under: false,
				frames: [
					{frame: 1, opacity: 0.5, rise: 24, reveal: 1, scale: 1},
					{frame: 2, opacity: 1, rise: 10, reveal: 1, scale: 1},
				],
			},
			{
				file: '/t/dim.png',
				box: {x: 0, y: 0, width: 1080, height: 1920},
				under: true,
				frames: [{frame: 1, opacity: 0.25, rise: 0, reveal: 1, scale: 1}],
			},
		],
		4,
	);
	test('each track is read once, cropped to its box and repeated over the frames it moves', () => {
		expect(args.filter((arg) => arg.endsWith('.png'))).toEqual(['/t/card.png', '/t/dim.png']);
		expect(graph).toContain('[1:v]split=1[0use0]');
		expect(graph).toContain('[0use0]crop=900:300:40:600,format=rgba,loop=loop=1:size=1,settb=1/30,setpts=N+1,');
	});
	test('tracks shown from one capture (the words of a caption page) share one read of it', () => {
		const word = (x: number, frame: number) => ({
			file: '/t/page.png',
			box: {x, y: 1300, width: 100, height: 80},
			under: false,
			frames: [{frame, opacity: 1, rise: 0, reveal: 1, scale: 1}],
		});
		const shared = composite([word(100, 0), word(220, 1), word(340, 2)], 3);
		expect(shared.args.filter((arg) => arg === '/t/page.png')).toHaveLength(1);
		expect(shared.graph).toContain('[1:v]split=3[0use0][0use1][0use2]');
	});
	test('faded by an alpha gain frame by frame, lowered by its rise', () => {
		expect(graph).toContain("sendcmd=c='0.050000 colorchannelmixer@t0 aa 1.0000',colorchannelmixer@t0=aa=0.5000");
		expect(graph).toContain("overlay=x=40:y='if(lt(t,0.050000),624,610)'");
	});
	test('a track under the rest is laid before the overlay capture, the others after it', () => {
		const dim = graph.indexOf('[t1]overlay');
		const capture = graph.indexOf('[over]overlay');
		const card = graph.indexOf('[t0]overlay');
		expect(dim).toBeGreaterThan(-1);
		expect(dim).toBeLessThan(capture);
		expect(card).toBeGreaterThan(capture);
	});
});

describe('a bar that opens (AccentRule) is a track shown part by part', () => {
	const wipe = {type: 'wipe', config: {damping: 14, stiffness: 120}} as const;
	test('it opens from nothing, overshoots to the widest the capture holds, and settles at its width', () => {
		const reveals = Array.from({length: 30}, (_, i) => getTrackValues(wipe, i).reveal!);
		expect(reveals[0]).toBe(0);
		expect(Math.max(...reveals)).toBeCloseTo(1, 5);
		expect(reveals.at(-1)! * getWipePeak(wipe.config)).toBeCloseTo(1, 2);
		expect(getWipePeak(wipe.config)).toBeGreaterThan(1);
	});
	test('ffmpeg pads the box with transparency and slides a crop over it', () => {
		const {graph} = composite(
			[
				oneTrack('/t/rule.png', {x: 90, y: 700, width: 240, height: 12}, [
					{frame: 0, reveal: 0},
					{frame: 1, reveal: 0.5},
					{frame: 2},
				]),
			],
			3,
		);
		expect(graph).toContain('pad=480:12:0:0:color=black@0');
		expect(graph).toContain("crop=240:12:'if(lt(t,0.016666),240,if(lt(t,0.050000),120,0))':0");
	});
});

describe('a button that pops (the call to action) is a track drawn smaller than captured', () => {
	test('it grows from 85 % on a spring, never past its peak (where it is captured), and settles at its size', () => {
		const values = Array.from({length: getTrackSettledAfter(CTA_POP)}, (_, i) => getTrackValues(CTA_POP, i));
		expect(values[0]!.opacity).toBe(0);
		expect(values[0]!.scale! * CTA_POP.peak).toBeCloseTo(CTA_POP.from, 5);
		expect(Math.max(...values.map((v) => v.scale!))).toBeLessThanOrEqual(1);
		expect(values.at(-1)!.scale! * CTA_POP.peak).toBeCloseTo(1, 2);
	});
	test('ffmpeg pads its box with transparency and maps it, frame by frame, from its left edge and middle', () => {
		const {graph} = composite(
			[
				oneTrack('/t/button.png', {x: 90, y: 700, width: 400, height: 100}, [
					{frame: 0, opacity: 0.5, scale: 0.5},
					{frame: 1},
				]),
			],
			2,
		);
		expect(graph).toContain('pad=408:108:4:4:color=black@0');
		// Frame 0 at half size about the box's left edge (4, past the margin) and middle (54):
		// the padded canvas's corners go to 2 and 206 across, 27 and 81 down.
		expect(graph).toContain(
			"perspective=x0='if(lt(in,1.5),2,0)':y0='if(lt(in,1.5),27,0)':x1='if(lt(in,1.5),206,408)':y1='if(lt(in,1.5),27,0)':x2='if(lt(in,1.5),2,0)':y2='if(lt(in,1.5),81,108)'",
		);
		expect(graph).toContain("overlay=x=86:y='696'");
	});
});
