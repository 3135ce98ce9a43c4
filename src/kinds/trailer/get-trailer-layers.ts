import {getCaptionParts} from '../../components/caption-word-tracks';
import {getTrackParts} from '../../components/overlay-tracks';
import {FRAME} from '../../specs/frame';
import {type BaseLayer, combineOverlay, type FrameLayers, type LayerHints} from '../../timeline/frame-layers';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import {ACCENT_RULE_SPRING, CLIP_LABEL_DELAY, CTA_POP, getCardMotion} from './card-motion';
import {getTransitionLook, getTransitionTiming} from './get-presentation';
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
	sceneFrames,
	hints,
}: {
	scene: TrailerScene;
	index: number;
	frame: number;
	sceneStart: number;
	props: TrailerProps;
	sceneFrames: number;
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
			overlay: combineOverlay(
				[
					`s${index}`,
					...getTrackParts({type: 'entrance', fromOpacity: 0}, sceneStart + CLIP_LABEL_DELAY, sceneStart + frame),
					...getCaptionParts({
						track,
						pages: hints?.captionPages[track] ?? null,
						cues: scene.captions ?? [],
						nowMs: (frame * 1000) / FRAME.fps,
					}),
				],
				index,
			),
		};
	}
	const {background, primary, accent} = props.brand.colors;
	const {entrances, rule, pop} = getCardMotion(scene);
	return {
		base: {type: 'backdrop', background, band: primary, accent, frame, durationInFrames: sceneFrames},
		overlay: combineOverlay(
			[
				`s${index}`,
				...(pop === null ? [] : getTrackParts(CTA_POP, sceneStart + pop, sceneStart + frame)),
				...entrances.flatMap(({delay, fromOpacity}) =>
					getTrackParts({type: 'entrance', fromOpacity}, sceneStart + delay, sceneStart + frame),
				),
				...(rule === null
					? []
					: getTrackParts({type: 'wipe', config: ACCENT_RULE_SPRING}, sceneStart + rule, sceneStart + frame)),
			],
			index,
		),
	};
};

/**
 * A trailer's frames as layers, from the same timeline that places its scenes: a clip is
 * its footage under its label (a track) and captions; a card is the backdrop under its
 * text, each block that moves a track; during a transition, where two scenes overlap, the
 * scene going out plays on and the one coming in is laid over it as the transition shows
 * it (getTransitionLook, at the eased progress the browser uses). Pure.
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
		const layersOf = ({placed, index}: (typeof showing)[number]) =>
			getSceneFrameLayers({
				scene: props.scenes[index]!,
				index,
				frame: frame - placed.fromFrame,
				sceneStart: placed.fromFrame,
				props,
				// The backdrop drifts over its scene: inside a Sequence, useVideoConfig gives the scene's length.
				sceneFrames: placed.durationInFrames,
				hints,
			});
		const [going, coming] = showing;
		if (!going) return {base: BLACK, overlay: {type: 'whole'}};
		if (!coming) return layersOf(going);
		const transitionFrames = going.placed.transitionOutFrames;
		const look = getTransitionLook({from: props.scenes[going.index]!.type, to: props.scenes[coming.index]!.type});
		const progress = getTransitionTiming(transitionFrames).getProgress({
			frame: frame - coming.placed.fromFrame,
			fps: FRAME.fps,
		});
		return {...layersOf(going), entering: {...layersOf(coming), look, progress}};
	});
};
