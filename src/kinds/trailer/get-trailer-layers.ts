import {getCaptionParts} from '../../components/caption-word-tracks';
import {getTrackParts} from '../../components/overlay-tracks';
import {FRAME} from '../../specs/frame';
import {type BaseLayer, combineOverlay, type FrameLayers, type LayerHints} from '../../timeline/frame-layers';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import {ACCENT_RULE_SPRING, CLIP_LABEL_DELAY, CTA_POP, getCardMotion} from './card-motion';
import {getPropsTimeline} from './get-props-timeline';
import type {TrailerProps, TrailerScene} from './schema';

/** The name of a clip's caption track in the layer hints. */
export const getClipCaptionTrack = (sceneIndex: number): string => `scene-${sceneIndex}`;

const BLACK: BaseLayer = {type: 'fill', color: '#000000'};

/** One frame of one scene, `frame` counted from the scene's start at `sceneStart` of the asset. */
const getSceneFrameLayers = ({
	scene,
	index,
	frame,
	sceneStart,
	props,
	durationInFrames,
	hints,
}: {
	scene: TrailerScene;
	index: number;
	frame: number;
	sceneStart: number;
	props: TrailerProps;
	durationInFrames: number;
	hints: LayerHints | null;
}): FrameLayers => {
	if (scene.type === 'clip') {
		const [cut] = getSegmentFrames({segments: [scene], fps: FRAME.fps});
		const track = getClipCaptionTrack(index);
		return {
			base:
				cut && frame < cut.durationInFrames
					? {type: 'footage', src: scene.footage, sourceFrame: cut.trimBefore + frame}
					: BLACK,
			overlay: combineOverlay([
				`s${index}`,
				...getTrackParts({type: 'entrance', fromOpacity: 0}, sceneStart + CLIP_LABEL_DELAY, sceneStart + frame),
				...getCaptionParts({
					track,
					pages: hints?.captionPages[track] ?? null,
					cues: scene.captions ?? [],
					nowMs: (frame * 1000) / FRAME.fps,
				}),
			]),
		};
	}
	const {background, primary, accent} = props.brand.colors;
	const {entrances, rule, pop} = getCardMotion(scene);
	return {
		base: {type: 'backdrop', background, band: primary, accent, frame, durationInFrames},
		overlay: combineOverlay([
			`s${index}`,
			...(pop === null ? [] : getTrackParts(CTA_POP, sceneStart + pop, sceneStart + frame)),
			...entrances.flatMap(({delay, fromOpacity}) =>
				getTrackParts({type: 'entrance', fromOpacity}, sceneStart + delay, sceneStart + frame),
			),
			...(rule === null
				? []
				: getTrackParts({type: 'wipe', config: ACCENT_RULE_SPRING}, sceneStart + rule, sceneStart + frame)),
		]),
	};
};

/**
 * A trailer's frames as layers, from the same timeline that places its scenes: a clip is
 * its footage under its label (a track while it springs in) and captions; a card is the
 * backdrop under its text, each Entrance block a track while it moves, captured frame by
 * frame only while its button moves; a transition, where two scenes overlap, is drawn whole
 * by Chrome. Pure.
 */
export const getTrailerLayers = (
	props: TrailerProps,
	durationInFrames: number,
	hints: LayerHints | null,
): FrameLayers[] => {
	const timeline = getPropsTimeline(props);
	return Array.from({length: durationInFrames}, (_, frame): FrameLayers => {
		const showing = timeline.scenes.flatMap((placed, index) =>
			frame >= placed.fromFrame && frame < placed.fromFrame + placed.durationInFrames ? [{placed, index}] : [],
		);
		const [only] = showing;
		if (showing.length !== 1 || !only) return {base: BLACK, overlay: {type: 'whole'}};
		return getSceneFrameLayers({
			scene: props.scenes[only.index]!,
			index: only.index,
			frame: frame - only.placed.fromFrame,
			sceneStart: only.placed.fromFrame,
			props,
			durationInFrames,
			hints,
		});
	});
};
