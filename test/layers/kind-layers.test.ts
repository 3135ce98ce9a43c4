import {readFileSync} from 'node:fs';
import path from 'node:path';
import {spring} from 'remotion';
import {describe, expect, test} from 'vitest';
import {getRenderStrategy} from '../../src/backends/local/get-render-strategy';
import {readCampaign} from '../../src/campaign/read-campaign';
import {ENTRANCE_FRAMES, ENTRANCE_RISE_PX, ENTRANCE_SETTLED_AFTER} from '../../src/components/motion';
import {CLIP_LABEL_DELAY} from '../../src/kinds/trailer/card-motion';
import {HEADER_SETTLED_AFTER} from '../../src/kinds/header/header-motion';
import type {KindModule} from '../../src/kinds/asset-kind';
import {headerKind} from '../../src/kinds/header/header-kind';
import {KINDS} from '../../src/kinds/registry';
import {teaserKind} from '../../src/kinds/teaser/teaser-kind';
import {trailerKind} from '../../src/kinds/trailer/trailer-kind';
import {getPropsTimeline} from '../../src/kinds/trailer/get-props-timeline';
import {planCaptures} from '../../src/timeline/plan-captures';
import {SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';
import {posterKind} from '../helpers/poster-kind';

const {campaign} = readCampaign(SAMPLE_CAMPAIGN);
if (!campaign) throw new Error('the sample campaign does not read');
const episode = campaign.episodes[2]!;

/** An asset's completed props, as its render job carries them. */
const completed = <P extends Record<string, unknown>>(module: KindModule<P>) => {
	const props = module.getProps(campaign, episode);
	const texts = new Map(
		module.listTextFiles(props).map((file) => [file, readFileSync(path.join(SAMPLE_ASSETS, file), 'utf8')]),
	);
	const full = module.completeProps(props, texts);
	return {props: full, durationInFrames: module.getDurationInFrames(full)};
};

test('an entrance stands still from ENTRANCE_SETTLED_AFTER frames on, and not before', () => {
	const at = (frame: number) => spring({frame, fps: 30, config: {damping: 200}, durationInFrames: ENTRANCE_FRAMES});
	expect(at(ENTRANCE_SETTLED_AFTER - 1)).toBeLessThan(1);
	expect(at(ENTRANCE_SETTLED_AFTER)).toBe(1);
	expect(at(ENTRANCE_SETTLED_AFTER + 100)).toBe(1);
});

describe('teaser layers', () => {
	const {props, durationInFrames} = completed(teaserKind);
	const frames = teaserKind.layers!(props, durationInFrames, null);

	test('the footage cut underneath follows the segments, frame for frame', () => {
		const [first, second] = props.segments;
		expect(frames[0]!.base).toEqual({
			type: 'footage',
			src: props.footage,
			sourceFrame: Math.round((first!.startMs * 30) / 1000),
		});
		const secondFrom = Math.round((first!.endMs * 30) / 1000) - Math.round((first!.startMs * 30) / 1000);
		expect(frames[secondFrom]!.base).toEqual({
			type: 'footage',
			src: props.footage,
			sourceFrame: Math.round((second!.startMs * 30) / 1000),
		});
	});

	test('the title strip is a track from the first frame to the last; the end tag from its dim on', () => {
		// Still frames: Chrome captures the strip once; ffmpeg fades and raises it, then holds it.
		const trackOf = (frame: number, key: string) =>
			frames[frame]!.overlay.type !== 'whole' ? frames[frame]!.overlay.tracks?.find((t) => t.key === key) : undefined;
		const strip = frames.map((_, frame) => trackOf(frame, 'entrance0.6@0'));
		expect(strip.every((t) => t !== undefined)).toBe(true);
		expect(strip[0]).toMatchObject({opacity: 0.6, rise: ENTRANCE_RISE_PX});
		expect(strip[ENTRANCE_SETTLED_AFTER - 1]!.opacity).toBeGreaterThan(strip[5]!.opacity);
		expect(strip.at(-1)).toMatchObject({opacity: 1, rise: 0});
		const endTagFrom = durationInFrames - Math.round(props.endTagSeconds * 30);
		const beforeEndTag = frames[endTagFrom - 1]!.overlay;
		expect(beforeEndTag.type === 'still' && beforeEndTag.tracks).toHaveLength(1);
		// The dim goes under the captions, the card over them.
		expect(trackOf(endTagFrom + 2, `dim@${endTagFrom}`)).toMatchObject({under: true});
		expect(trackOf(endTagFrom + 2, `entrance0@${endTagFrom}`)).toMatchObject({under: false});
		expect(trackOf(durationInFrames - 1, `dim@${endTagFrom}`)).toMatchObject({opacity: 1});
		expect(frames.every((f) => f.overlay.type === 'still')).toBe(true);
	});

	test('a new caption word or page changes the overlay; between them it is held', () => {
		const cue = props.captions!.find((c) => c.startMs > 2000)!;
		const cueStart = Math.ceil((cue.startMs * 30) / 1000);
		const key = (frame: number) => {
			const overlay = frames[frame]!.overlay;
			return overlay.type === 'still' ? overlay.key : overlay.type;
		};
		expect(key(cueStart)).not.toBe(key(cueStart - 1));
		expect(key(cueStart + 1)).toBe(key(cueStart));
	});

	test('Chrome captures a fraction of the frames', () => {
		const {captures} = planCaptures(frames);
		expect(captures.length).toBeLessThan(durationInFrames / 3);
	});
});

describe('trailer layers', () => {
	const {props, durationInFrames} = completed(trailerKind);
	const frames = trailerKind.layers!(props, durationInFrames, null);
	const timeline = getPropsTimeline(props);

	test('a transition lays the scene coming in over the one going out, as the browser eases it', () => {
		const first = timeline.scenes[0]!;
		const into = first.fromFrame + first.durationInFrames - first.transitionOutFrames;
		expect(first.transitionOutFrames).toBeGreaterThan(0);
		expect(frames[into - 1]!.entering).toBeUndefined();
		const during = frames.slice(into, into + first.transitionOutFrames);
		expect(during.every((f) => f.overlay.type === 'still' && f.overlay.scene === 0)).toBe(true);
		expect(during.every((f) => f.entering?.overlay.type === 'still' && f.entering.overlay.scene === 1)).toBe(true);
		const progress = during.map((f) => f.entering!.progress);
		expect(progress[0]).toBe(0);
		expect(progress.every((p, i) => p < 1 && (i === 0 || p > progress[i - 1]!))).toBe(true);
		// Eased: it starts slower than a linear move.
		expect(progress[1]).toBeLessThan(1 / first.transitionOutFrames);
		expect(frames[into + first.transitionOutFrames]!.entering).toBeUndefined();
	});

	test('a card is the backdrop under its text, whose blocks stand in place once their entrances have settled', () => {
		const index = props.scenes.findIndex((s) => s.type !== 'clip');
		const placed = timeline.scenes[index]!;
		const last = placed.fromFrame + placed.durationInFrames - placed.transitionOutFrames - 1;
		// The backdrop drifts over the card's own length, as BrandBackdrop inside the scene's Sequence sees it.
		expect(frames[last]!.base).toMatchObject({
			type: 'backdrop',
			frame: last - placed.fromFrame,
			durationInFrames: placed.durationInFrames,
		});
		const [overlay, first] = [frames[last]!.overlay, frames[placed.fromFrame]!.overlay];
		expect(overlay.type === 'still' && overlay.key).toBe(first.type === 'still' && first.key);
		expect(overlay.type === 'still' && overlay.tracks!.every((t) => t.opacity > 0.99 && t.rise === 0)).toBe(true);
	});

	test('a clip is its footage under its label, a track from when it springs in to the end of the clip', () => {
		const index = props.scenes.findIndex((s) => s.type === 'clip');
		const placed = timeline.scenes[index]!;
		const from = placed.fromFrame + (timeline.scenes[index - 1]?.transitionOutFrames ?? 0);
		const to = placed.fromFrame + placed.durationInFrames - placed.transitionOutFrames;
		expect(frames[from]!.base.type).toBe('footage');
		const label = `entrance0@${placed.fromFrame + CLIP_LABEL_DELAY}`;
		const trackOf = (f: (typeof frames)[number]) =>
			f.overlay.type === 'still' ? f.overlay.tracks?.find((t) => t.key === label) : undefined;
		const shown = frames.slice(from, to).map(trackOf);
		const springsIn = Math.max(from, placed.fromFrame + CLIP_LABEL_DELAY);
		expect(shown.slice(0, springsIn - from).every((t) => t === undefined)).toBe(true);
		expect(shown.slice(springsIn - from).every((t) => t !== undefined)).toBe(true);
		expect(shown.at(-1)).toMatchObject({opacity: 1, rise: 0});
	});
});

describe('header layers', () => {
	const {props, durationInFrames} = completed(headerKind);
	const frames = headerKind.layers!(props, durationInFrames, null);
	test('each line is a track from when it is first seen; all stand still over the drifting backdrop once the last has settled', () => {
		const tracks = (frame: number) => (frames[frame]!.overlay.type === 'still' ? frames[frame]!.overlay.tracks : null);
		expect(tracks(0)?.map((t) => t.key)).toEqual(['entrance0.4@0', 'entrance0.5@0']);
		expect(tracks(HEADER_SETTLED_AFTER - 1)).toHaveLength(6);
		expect(tracks(HEADER_SETTLED_AFTER)!.every((t) => t.opacity > 0.99 && t.rise === 0)).toBe(true);
		expect(new Set(frames.map((f) => f.overlay.type === 'still' && f.overlay.key)).size).toBe(1);
		expect(frames.map((f) => f.base.type === 'backdrop' && f.base.frame)).toEqual(frames.map((_, i) => i));
	});
});

describe('getRenderStrategy', () => {
	const {props, durationInFrames} = completed(teaserKind);
	test('layered: the frames Chrome captures and the frames output', () => {
		const strategy = getRenderStrategy({kind: 'teaser', inputProps: props, durationInFrames}, 'layered');
		expect(strategy).toMatchObject({renderer: 'layered', outputFrames: durationInFrames, fallback: null});
		expect(strategy.capturedFrames).toBeLessThan(durationInFrames);
	});
	test('a kind without layers falls back to the reference renderer, and says why', () => {
		const withoutLayers = {...posterKind, layers: undefined};
		const strategy = getRenderStrategy({kind: 'poster', inputProps: props, durationInFrames}, 'layered', {
			...KINDS,
			poster: withoutLayers,
		});
		expect(strategy).toEqual({
			renderer: 'reference',
			capturedFrames: durationInFrames,
			outputFrames: durationInFrames,
			fallback: 'the poster kind declares no layers',
		});
	});
});
