import {describe, expect, test} from 'vitest';
import {getTrailerTimeline, type TimelineScene} from '../../src/timeline/get-trailer-timeline';

const transitions = {cardFrames: 12, clipToClipFrames: 8};
const card = (durationInFrames: number): TimelineScene => ({type: 'hook', durationInFrames});
const clip = (durationInFrames: number): TimelineScene => ({type: 'clip', durationInFrames});

describe('getTrailerTimeline', () => {
	test.each([
		{
			name: 'one scene: no transition',
			scenes: [card(90)],
			starts: [0],
			total: 90,
		},
		{
			name: 'card, clip, card: each transition overlaps 12 frames',
			scenes: [card(75), clip(180), card(90)],
			starts: [0, 63, 231],
			total: 75 + 180 + 90 - 2 * 12,
		},
		{
			name: 'two clips in a row cut with 8 frames',
			scenes: [card(100), clip(90), clip(90), card(100)],
			starts: [0, 88, 170, 248],
			total: 100 + 90 + 90 + 100 - 12 - 8 - 12,
		},
	])('$name', ({scenes, starts, total}) => {
		const timeline = getTrailerTimeline({scenes, transitions});
		expect(timeline.scenes.map((s) => s.fromFrame)).toEqual(starts);
		expect(timeline.durationInFrames).toBe(total);
		const last = timeline.scenes.at(-1)!;
		expect(last.fromFrame + last.durationInFrames).toBe(total);
		expect(timeline.paddingFrames).toBe(0);
	});

	test('the clips are where footage plays, overlaps included', () => {
		const timeline = getTrailerTimeline({scenes: [card(75), clip(180), card(90), clip(150), card(90)], transitions});
		expect(timeline.clipRanges).toEqual([
			{startFrame: 63, endFrame: 243},
			{startFrame: 309, endFrame: 459},
		]);
	});

	test('a trailer under its minimum holds its last scene longer, and only that one', () => {
		const timeline = getTrailerTimeline({
			scenes: [card(75), clip(60), card(90)],
			transitions,
			minDurationInFrames: 450,
		});
		expect(timeline.durationInFrames).toBe(450);
		expect(timeline.paddingFrames).toBe(450 - (75 + 60 + 90 - 24));
		expect(timeline.scenes.map((s) => s.durationInFrames)).toEqual([75, 60, 90 + timeline.paddingFrames]);
	});
});
