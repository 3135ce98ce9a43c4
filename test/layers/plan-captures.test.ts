import {describe, expect, test} from 'vitest';
import {getOverlayList} from '../../src/backends/local/layered/get-overlay-list';
import {getCaptionParts} from '../../src/components/caption-word-tracks';
import {combineOverlay, type FrameLayers, type OverlayTrack, type PageTiming} from '../../src/timeline/frame-layers';
import {planTransitions} from '../../src/timeline/plan-transitions';
import {getBaseRuns} from '../../src/timeline/get-base-runs';
import {planCaptures} from '../../src/timeline/plan-captures';

const footage = (sourceFrame: number, src = 'footage/ep01.mp4'): FrameLayers['base'] => ({
	type: 'footage',
	src,
	sourceFrame,
});
const still = (key: string): FrameLayers['overlay'] => ({type: 'still', key});
const MOVING: FrameLayers['overlay'] = {type: 'moving'};
const WHOLE: FrameLayers['overlay'] = {type: 'whole'};

describe('planCaptures', () => {
	test('a held overlay is captured once and reused, also when it comes back later', () => {
		const frames: FrameLayers[] = ['a', 'a', 'a', 'b', 'b', 'a'].map((key, i) => ({
			base: footage(i),
			overlay: still(key),
		}));
		expect(planCaptures(frames)).toEqual({
			captures: [
				{frame: 0, layer: 'overlay'},
				{frame: 3, layer: 'overlay'},
			],
			captureOfFrame: [0, 0, 0, 1, 1, 0],
			enteringCaptureOfFrame: [null, null, null, null, null, null],
			tracks: [],
		});
	});

	test('a track is captured once, alone, on the first frame it moves; held frames around it are reused', () => {
		const track = (key: string, opacity: number, rise: number) => ({key, opacity, rise});
		const overlays: FrameLayers['overlay'][] = [
			{type: 'still', key: 'a|~t', tracks: [track('t', 0.2, 20)]},
			{type: 'still', key: 'a|~t', tracks: [track('t', 0.6, 8)]},
			{type: 'still', key: 'b|~t', tracks: [track('t', 0.9, 2)]},
			{type: 'still', key: 'b|after', tracks: []},
		];
		const plan = planCaptures(overlays.map((overlay, i) => ({base: footage(i), overlay})));
		expect(plan.captures).toEqual([
			{frame: 0, layer: 'overlay', solo: 't'},
			{frame: 0, layer: 'overlay'},
			{frame: 2, layer: 'overlay'},
			{frame: 3, layer: 'overlay'},
		]);
		expect(plan.captureOfFrame).toEqual([1, 1, 2, 3]);
		expect(plan.tracks).toEqual([
			{
				key: 't',
				capture: 0,
				part: null,
				under: false,
				frames: [
					{frame: 0, opacity: 0.2, rise: 20, reveal: 1, scale: 1},
					{frame: 1, opacity: 0.6, rise: 8, reveal: 1, scale: 1},
					{frame: 2, opacity: 0.9, rise: 2, reveal: 1, scale: 1},
				],
			},
		]);
	});

	test('a word highlight step: a page is captured twice (as it holds, every word highlighted), each spoken word a part of the second', () => {
		const pages: PageTiming[] = [
			{
				startMs: 0,
				endMs: 200,
				words: [
					{startMs: 0, endMs: 100},
					{startMs: 100, endMs: 200},
				],
			},
			{startMs: 200, endMs: 300, words: [{startMs: 200, endMs: 300}]},
		];
		// 30 frames/s: frames 0–2 say the first word, 3–5 the second, 6–8 the next page's only word.
		const frames: FrameLayers[] = Array.from({length: 9}, (_, frame) => ({
			base: footage(frame),
			overlay: combineOverlay(getCaptionParts({track: 'teaser', pages, cues: [], nowMs: (frame * 1000) / 30})),
		}));
		const plan = planCaptures(frames);
		expect(plan.captures).toEqual([
			{frame: 0, layer: 'overlay', solo: 'caption-words-teaser-0'},
			{frame: 0, layer: 'overlay'},
			{frame: 6, layer: 'overlay', solo: 'caption-words-teaser-1'},
			{frame: 6, layer: 'overlay'},
		]);
		expect(plan.captureOfFrame).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 3]);
		expect(
			plan.tracks.map(({key, capture, part, frames: on}) => ({key, capture, part, on: on.map((f) => f.frame)})),
		).toEqual([
			{key: 'caption-words-teaser-0-0', capture: 0, part: 0, on: [0, 1, 2]},
			{key: 'caption-words-teaser-0-1', capture: 0, part: 1, on: [3, 4, 5]},
			{key: 'caption-words-teaser-1-0', capture: 2, part: 0, on: [6, 7, 8]},
		]);
	});

	test('without measured pages, captions are a state per time they may change, with no word parts', () => {
		const cues = [{index: 1, line: 1, startMs: 0, endMs: 200, text: 'Un deux'}];
		const parts = [0, 90, 150].map((nowMs) => getCaptionParts({track: 'teaser', pages: null, cues, nowMs}));
		expect(parts.every((p) => p.every((part) => typeof part === 'string'))).toBe(true);
		expect(new Set(parts.map((p) => p.join())).size).toBeGreaterThan(1);
	});

	test('a transition: the scene coming in is captured alone, its tracks laid over it, and played through a mask', () => {
		const scene = (index: number, key: string, tracks: OverlayTrack[] = []): FrameLayers['overlay'] => ({
			type: 'still',
			key,
			tracks,
			scene: index,
		});
		const card = (frame: number): FrameLayers['base'] => ({
			type: 'backdrop',
			background: '#000000',
			band: '#111111',
			accent: '#222222',
			frame,
			durationInFrames: 6,
		});
		const look = {type: 'wipe', direction: 'from-right'} as const;
		const frames: FrameLayers[] = [
			{base: footage(0), overlay: scene(0, 's0')},
			{
				base: footage(1),
				overlay: scene(0, 's0'),
				entering: {
					base: card(1),
					overlay: scene(1, 's1', [{key: 'title', opacity: 0.5, rise: 10}]),
					look,
					progress: 0.2,
				},
			},
			{
				base: footage(2),
				overlay: scene(0, 's0'),
				entering: {
					base: card(2),
					overlay: scene(1, 's1', [{key: 'title', opacity: 0.9, rise: 2}]),
					look,
					progress: 0.8,
				},
			},
			{base: card(3), overlay: scene(1, 's1', [{key: 'title', opacity: 1, rise: 0}])},
		];
		const plan = planCaptures(frames);
		expect(plan.captures).toEqual([
			{frame: 0, layer: 'overlay', scene: 0},
			{frame: 1, layer: 'overlay', solo: 'title', scene: 1},
			{frame: 1, layer: 'overlay', scene: 1},
		]);
		expect(plan.captureOfFrame).toEqual([0, 0, 0, 2]);
		expect(plan.enteringCaptureOfFrame).toEqual([null, 2, 2, null]);
		expect(plan.tracks[0]!.frames.map((f) => [f.frame, f.entering ?? false])).toEqual([
			[1, true],
			[2, true],
			[3, false],
		]);
		expect(planTransitions(frames, plan.enteringCaptureOfFrame)).toEqual([
			{
				from: 1,
				frames: 2,
				look,
				progress: [0.2, 0.8],
				runs: [
					{
						type: 'backdrop',
						background: '#000000',
						band: '#111111',
						accent: '#222222',
						fromFrame: 1,
						durationInFrames: 6,
						frames: 2,
					},
				],
				captureOfFrame: [2, 2],
			},
		]);
		// The scene going out plays on under it: its footage runs on through the transition.
		expect(getBaseRuns(frames)[0]).toEqual({type: 'footage', src: 'footage/ep01.mp4', fromSourceFrame: 0, frames: 3});
	});

	test('a track is not laid on whole frames (a transition): Chrome draws it there', () => {
		const overlays: FrameLayers['overlay'][] = [WHOLE, {type: 'moving', tracks: [{key: 't', opacity: 0.5, rise: 4}]}];
		const plan = planCaptures(overlays.map((overlay, i) => ({base: footage(i), overlay})));
		expect(plan.captures[1]).toEqual({frame: 1, layer: 'overlay', solo: 't'});
		expect(plan.tracks[0]!.frames).toEqual([{frame: 1, opacity: 0.5, rise: 4, reveal: 1, scale: 1}]);
	});

	test('moving frames are captured one by one, whole frames opaque', () => {
		const overlays = [MOVING, MOVING, still('a'), WHOLE, WHOLE, still('a')];
		const plan = planCaptures(overlays.map((overlay, i) => ({base: footage(i), overlay})));
		expect(plan.captures).toEqual([
			{frame: 0, layer: 'overlay'},
			{frame: 1, layer: 'overlay'},
			{frame: 2, layer: 'overlay'},
			{frame: 3, layer: 'all'},
			{frame: 4, layer: 'all'},
		]);
		expect(plan.captureOfFrame).toEqual([0, 1, 2, 3, 4, 2]);
	});
});

describe('getBaseRuns', () => {
	test('consecutive source frames make one footage run; a jump in the source starts another', () => {
		const frames = [0, 1, 2, 50, 51].map((n) => ({base: footage(n), overlay: still('a')}));
		expect(getBaseRuns(frames)).toEqual([
			{type: 'footage', src: 'footage/ep01.mp4', fromSourceFrame: 0, frames: 3},
			{type: 'footage', src: 'footage/ep01.mp4', fromSourceFrame: 50, frames: 2},
		]);
	});

	test('under whole frames the base is a black fill, whatever the kind said', () => {
		const overlays = [still('a'), WHOLE, WHOLE, still('a')];
		const runs = getBaseRuns(overlays.map((overlay, i) => ({base: footage(i), overlay})));
		expect(runs).toEqual([
			{type: 'footage', src: 'footage/ep01.mp4', fromSourceFrame: 0, frames: 1},
			{type: 'fill', color: '#000000', frames: 2},
			{type: 'footage', src: 'footage/ep01.mp4', fromSourceFrame: 3, frames: 1},
		]);
	});

	test('a backdrop run carries on while its frames follow each other', () => {
		const colours = {background: '#111111', band: '#222222', accent: '#333333', durationInFrames: 90};
		const frames: FrameLayers[] = [10, 11, 12, 0].map((frame) => ({
			base: {type: 'backdrop', ...colours, frame},
			overlay: still('a'),
		}));
		expect(getBaseRuns(frames)).toEqual([
			{type: 'backdrop', ...colours, fromFrame: 10, frames: 3},
			{type: 'backdrop', ...colours, fromFrame: 0, frames: 1},
		]);
	});
});

describe('getOverlayList', () => {
	test('each capture plays for as long as it holds, starting no later than its frame', () => {
		const list = getOverlayList({captureOfFrame: [0, 0, 0, 1, 0], captureFiles: ['/t/a.png', "/t/it's.png"], fps: 30});
		expect(list).toBe(
			[
				'ffconcat version 1.0',
				"file '/t/a.png'",
				'option framerate 30',
				'duration 0.1',
				"file '/t/it'\\''s.png'",
				'option framerate 30',
				'duration 0.033333',
				"file '/t/a.png'",
				'option framerate 30',
				'duration 0.033333',
				'',
			].join('\n'),
		);
	});
});
