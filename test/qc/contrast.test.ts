import {describe, expect, test} from 'vitest';
import {checkContrast} from '../../src/qc/check-contrast';
import {findTextContrast} from '../../src/qc/contrast/find-text-contrast';
import {pickContrastFrames} from '../../src/qc/contrast/pick-contrast-frames';
import {getDisplaySize} from '../../src/components/get-display-size';
import {getContrastRatio, parseColor, pickReadableInk, type Rgb} from '../../src/specs/contrast';
import type {FrameLayers} from '../../src/timeline/frame-layers';

describe('WCAG contrast maths', () => {
	test.each([
		{a: '#000000', b: '#FFFFFF', ratio: 21},
		{a: '#FFFFFF', b: '#FFFFFF', ratio: 1},
		// The brand's own pairs: white on its blue fails AA, its dark background on it passes.
		{a: '#FFFFFF', b: '#1A98FF', ratio: 3.01},
		{a: '#0F171E', b: '#1A98FF', ratio: 6.01},
		{a: '#FFD23F', b: '#0F171E', ratio: 12.52},
		{a: 'gold', b: 'rgb(15, 23, 30)', ratio: 12.89},
	])('$a on $b is $ratio:1', ({a, b, ratio}) => {
		expect(getContrastRatio(parseColor(a), parseColor(b))).toBeCloseTo(ratio, 1);
	});

	test('a chip takes the ink that reads on it', () => {
		expect(pickReadableInk({background: '#1A98FF', inks: ['#FFFFFF', '#0F171E']})).toBe('#0F171E');
		expect(pickReadableInk({background: '#0F171E', inks: ['#FFFFFF', '#1A98FF']})).toBe('#FFFFFF');
	});
});

describe('getDisplaySize', () => {
	test('a short title grows to its width, a long one stops at its row’s height', () => {
		expect(getDisplaySize({widthFitSize: 200, lines: 2, lineHeight: 1, maxHeight: 520})).toBe(200);
		expect(getDisplaySize({widthFitSize: 240, lines: 3, lineHeight: 1, maxHeight: 520})).toBe(173);
	});
});

/** A picture `width`×`height` of one colour, with `paint` applied per pixel. */
const picture = (width: number, height: number, fill: Rgb, paint?: (x: number, y: number) => Rgb | null) => {
	const rgb = new Uint8Array(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const c = paint?.(x, y) ?? fill;
			rgb.set(c, 3 * (y * width + x));
		}
	}
	return rgb;
};

describe('findTextContrast', () => {
	const W = 60;
	const H = 30;
	const box = {name: 'title', left: 5, top: 5, right: 55, bottom: 25};
	// A thick letter stroke: x 20–39, y 10–19.
	const inLetter = (x: number, y: number) => x >= 20 && x < 40 && y >= 10 && y < 20;

	test('reads the letters against their surroundings, not against what the fill hides', () => {
		const navy: Rgb = [15, 23, 30];
		const withoutText = picture(W, H, navy);
		const withText = picture(W, H, navy, (x, y) => (inLetter(x, y) ? [255, 210, 63] : null));
		const [measured] = findTextContrast({pair: {width: W, height: H, withText, withoutText}, boxes: [box], ringPx: 3});
		expect(measured?.name).toBe('title');
		expect(measured?.ratio).toBeCloseTo(12.52, 1);
	});

	test('an outline counts as the background: white with a black edge on pale footage passes, without it fails', () => {
		const pale: Rgb = [200, 220, 150];
		const outlined = (x: number, y: number): Rgb | null => (x >= 16 && x < 44 && y >= 6 && y < 24 ? [0, 0, 0] : null);
		const withoutText = picture(W, H, pale, outlined);
		const withText = picture(W, H, pale, (x, y) => (inLetter(x, y) ? [255, 255, 255] : outlined(x, y)));
		const bare = picture(W, H, pale, (x, y) => (inLetter(x, y) ? [255, 255, 255] : null));
		const pair = {width: W, height: H};
		const [withOutline] = findTextContrast({pair: {...pair, withText, withoutText}, boxes: [box], ringPx: 3});
		const [withoutOutline] = findTextContrast({
			pair: {...pair, withText: bare, withoutText: picture(W, H, pale)},
			boxes: [box],
			ringPx: 3,
		});
		expect(withOutline!.ratio).toBeGreaterThan(15);
		expect(withoutOutline!.ratio).toBeLessThan(1.6);
	});

	test('dark text on a bright chip is measured the other way round; an element without letters is left out', () => {
		const blue: Rgb = [26, 152, 255];
		const withoutText = picture(W, H, blue);
		const withText = picture(W, H, blue, (x, y) => (inLetter(x, y) ? [15, 23, 30] : null));
		const empty = {name: 'empty', left: 0, top: 0, right: 4, bottom: 4};
		const measured = findTextContrast({
			pair: {width: W, height: H, withText, withoutText},
			boxes: [box, empty],
			ringPx: 3,
		});
		expect(measured.map((m) => m.name)).toEqual(['title']);
		expect(measured[0]!.ratio).toBeCloseTo(6.01, 1);
	});

	test('boxes far apart are each measured as if alone, in the order given; letters count for the smallest box', () => {
		// Two copies of the title, one above the other with a wide gap, on a picture three times as tall.
		const tall = 3 * H;
		const navy: Rgb = [15, 23, 30];
		const lower = {name: 'lower', left: box.left, top: box.top + 2 * H, right: box.right, bottom: box.bottom + 2 * H};
		const inner = {name: 'inner', left: 18, top: 8, right: 42, bottom: 22};
		const withoutText = picture(W, tall, navy);
		const withText = picture(W, tall, navy, (x, y) =>
			inLetter(x, y) ? [255, 210, 63] : inLetter(x, y - 2 * H) ? [255, 255, 255] : null,
		);
		const pair = {width: W, height: tall, withText, withoutText};
		const together = findTextContrast({pair, boxes: [lower, box, inner], ringPx: 3});
		// The upper letters all lie in `inner`, so `title` keeps none and is left out.
		expect(together.map((m) => m.name)).toEqual(['lower', 'inner']);
		expect(together[0]).toEqual(findTextContrast({pair, boxes: [lower], ringPx: 3})[0]);
		expect(together[1]!.ratio).toBeCloseTo(12.52, 1);
		expect(together[0]!.ratio).toBeGreaterThan(together[1]!.ratio);
	});
});

describe('pickContrastFrames', () => {
	const still = (key: string): FrameLayers => ({base: {type: 'fill', color: '#000'}, overlay: {type: 'still', key}});
	const moving: FrameLayers = {base: {type: 'fill', color: '#000'}, overlay: {type: 'moving'}};

	test('the middle of the longest-held texts, in time order; never an entrance in flight', () => {
		const layers = [
			...Array(10).fill(moving),
			...Array(20).fill(still('a')),
			...Array(4).fill(still('b')),
			...Array(8).fill(still('c')),
			moving,
		];
		expect(pickContrastFrames({layers, durationInFrames: layers.length, max: 2})).toEqual([20, 38]);
	});

	test('the longest-held over each kind of base first: a clip caption is looked at even when cards hold longer', () => {
		const on = (base: FrameLayers['base'], key: string): FrameLayers => ({base, overlay: {type: 'still', key}});
		const backdrop = (frame: number): FrameLayers['base'] => ({
			type: 'backdrop',
			background: '#000',
			band: '#00f',
			accent: '#ff0',
			frame,
			durationInFrames: 100,
		});
		const clip = (frame: number): FrameLayers['base'] => ({type: 'footage', src: 'a.mp4', sourceFrame: frame});
		const layers = [
			...Array.from({length: 30}, (_, i) => on(backdrop(i), 'hook')),
			...Array.from({length: 10}, (_, i) => on(clip(i), 'page 1')),
			...Array.from({length: 25}, (_, i) => on(backdrop(40 + i), 'release')),
		];
		expect(pickContrastFrames({layers, durationInFrames: layers.length, max: 2})).toEqual([15, 35]);
		expect(pickContrastFrames({layers, durationInFrames: layers.length, max: 3})).toEqual([15, 35, 52]);
	});

	test('a block springing in on a track is not held text; once it stands still, it is', () => {
		const at = (opacity: number, rise: number): FrameLayers => ({
			base: {type: 'fill', color: '#000'},
			overlay: {type: 'still', key: 'a', tracks: [{key: 'entrance0@0', opacity, rise}]},
		});
		const moving = Array.from({length: 20}, (_, i) => at(i / 20, 20 - i));
		const layers = [...moving, ...Array(6).fill(at(1, 0))];
		expect(pickContrastFrames({layers, durationInFrames: layers.length, max: 2})).toEqual([23]);
	});

	test('without layers, frames spread evenly', () => {
		expect(pickContrastFrames({layers: null, durationInFrames: 120, max: 3})).toEqual([20, 60, 100]);
	});
});

describe('checkContrast', () => {
	test('reports the lowest element, where and when, and fails under 4.5:1', () => {
		expect(
			checkContrast({
				measured: [
					{frame: 30, name: 'title', ratio: 12},
					{frame: 60, name: 'kicker', ratio: 4.46},
				],
				frames: [30, 60],
				fps: 30,
			}),
		).toEqual({
			rule: 'text contrast (WCAG AA)',
			passed: false,
			measured: 'lowest 4.4:1 (kicker at 2.0 s), 2 elements on 2 frames',
			limit: '≥ 4.5:1',
		});
	});
});
