import type {TransitionPresentation} from '@remotion/transitions';
import {fade} from '@remotion/transitions/fade';
import {wipe} from '@remotion/transitions/wipe';
import type {TrailerSceneType} from '../../timeline/trailer-timing';

type AnyPresentation = TransitionPresentation<Record<string, unknown>>;

/**
 * How one scene gives way to the next: footage fades in (a hard edge on moving pictures
 * jars), clips wipe sideways like a swipe, and a card wipes in from below, or diagonally
 * along the backdrop's bands. Only opacity and clip paths: text never moves out of the safe
 * zone during a transition (a slide would carry it under TikTok's buttons), and neither
 * needs a GPU.
 */
export const getPresentation = ({from, to}: {from: TrailerSceneType; to: TrailerSceneType}): AnyPresentation => {
	if (from === 'clip' && to === 'clip') return wipe({direction: 'from-right'}) as AnyPresentation;
	if (to === 'clip') return fade() as AnyPresentation;
	if (from === 'clip') return wipe({direction: 'from-bottom'}) as AnyPresentation;
	return wipe({direction: 'from-bottom-left'}) as AnyPresentation;
};
