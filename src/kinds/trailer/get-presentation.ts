import {linearTiming, type TransitionPresentation} from '@remotion/transitions';
import {Easing} from 'remotion';
import {fade} from '@remotion/transitions/fade';
import {wipe} from '@remotion/transitions/wipe';
import type {TransitionLook} from '../../timeline/frame-layers';
import type {TrailerSceneType} from '../../timeline/trailer-timing';

type AnyPresentation = TransitionPresentation<Record<string, unknown>>;

/**
 * How one scene gives way to the next: footage fades in (a hard edge on moving pictures
 * jars), clips wipe sideways like a swipe, and a card wipes in from below, or diagonally
 * along the backdrop's bands. Only opacity and clip paths: text never moves out of the safe
 * zone during a transition (a slide would carry it under TikTok's buttons), and neither
 * needs a GPU.
 */
export const getTransitionLook = ({from, to}: {from: TrailerSceneType; to: TrailerSceneType}): TransitionLook => {
	if (from === 'clip' && to === 'clip') return {type: 'wipe', direction: 'from-right'};
	if (to === 'clip') return {type: 'fade'};
	if (from === 'clip') return {type: 'wipe', direction: 'from-bottom'};
	return {type: 'wipe', direction: 'from-bottom-left'};
};

/** Transitions ease in and out: a linear move looks mechanical. */
export const TRANSITION_EASING = Easing.inOut(Easing.cubic);

/** The transition's timing: `frames` long, eased. */
export const getTransitionTiming = (frames: number) =>
	linearTiming({durationInFrames: frames, easing: TRANSITION_EASING});

/** The presentation that draws a transition's look (getTransitionLook) in the browser. */
export const getPresentation = (scenes: {from: TrailerSceneType; to: TrailerSceneType}): AnyPresentation => {
	const look = getTransitionLook(scenes);
	return (look.type === 'fade' ? fade() : wipe({direction: look.direction})) as AnyPresentation;
};
