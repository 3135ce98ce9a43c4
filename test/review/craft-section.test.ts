import {describe, expect, test} from 'vitest';
import {planCaptionPageShots, planTrailerCardShots} from '../../src/review/plan-craft-shots';
import {renderCraftSection} from '../../src/review/render-craft-section';
import type {FrameLayers} from '../../src/timeline/frame-layers';

const fill = {type: 'fill', color: '#000'} as const;
const still = (key: string): FrameLayers => ({base: fill, overlay: {type: 'still', key}});
const moving: FrameLayers = {base: fill, overlay: {type: 'moving'}};
const whole: FrameLayers = {base: fill, overlay: {type: 'whole'}};
const times = (n: number, layer: FrameLayers) => Array<FrameLayers>(n).fill(layer);

describe('planTrailerCardShots', () => {
	test('each card once settled, none for the clips', () => {
		const layers = [
			...times(10, moving),
			...times(20, still('s0|after')),
			...times(5, whole),
			...times(30, still('s1|after|c1')),
			...times(5, whole),
			...times(8, moving),
			...times(40, still('s2|after')),
		];
		expect(planTrailerCardShots({layers, scenes: [{type: 'hook'}, {type: 'clip'}, {type: 'cta'}]})).toEqual([
			{frame: 20, label: 'hook'},
			{frame: 98, label: 'cta'},
		]);
	});
});

describe('planCaptionPageShots', () => {
	test('pages held long enough to read, spread over the teaser', () => {
		const layers = Array.from({length: 30}, (_, page) => times(page % 3 === 0 ? 4 : 20, still(`c${page}`))).flat();
		const shots = planCaptionPageShots({layers, count: 12, minFrames: 12, fps: 30});
		expect(shots).toHaveLength(12);
		expect(shots.map((s) => s.frame)).toEqual([...shots.map((s) => s.frame)].sort((a, b) => a - b));
		expect(new Set(shots.map((s) => s.frame)).size).toBe(12);
		// None of the 4-frame flashes.
		expect(shots.every((s) => layers[s.frame]!.overlay.type === 'still')).toBe(true);
		expect(shots[0]).toEqual({frame: 14, label: '0.5 s'});
	});
});

describe('renderCraftSection', () => {
	test('a row per sheet, nothing when there is nothing to show, names escaped', () => {
		expect(renderCraftSection([{title: 'Headers', pictures: []}])).toBe('');
		const html = renderCraftSection([
			{title: 'Cartons <ep03>', pictures: [{file: 'review/craft/a b.jpg', label: 'cta'}]},
		]);
		expect(html).toContain('<h3>Cartons &lt;ep03&gt;</h3>');
		expect(html).toContain('src="review/craft/a%20b.jpg"');
		expect(html).toContain('<figcaption>cta</figcaption>');
	});
});
