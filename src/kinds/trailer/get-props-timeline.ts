import {FRAME} from '../../specs/frame';
import type {TrailerTimeline} from '../../timeline/get-trailer-timeline';
import {getScenesTimeline} from '../../timeline/plan-trailer-scenes';
import type {TrailerProps} from './schema';

/** The trailer's timeline from its props alone: scene placements, length, where dialogue plays. */
export const getPropsTimeline = ({
	scenes,
	transitions,
	slot,
}: Pick<TrailerProps, 'scenes' | 'transitions' | 'slot'>): TrailerTimeline =>
	getScenesTimeline({scenes, transitions, slot, fps: FRAME.fps});
