import {ENTRANCE_SETTLED_AFTER} from '../../components/motion';

/**
 * When each line of the header springs in, in frames, and from which opacity (the first
 * lines start half seen: the first frame is never empty): read by Header and by its layers.
 */
export const HEADER_ENTRANCES = {
	presenter: {delay: 0, fromOpacity: 0.4},
	series: {delay: 0, fromOpacity: 0.5},
	kicker: {delay: 8, fromOpacity: 0},
	title: {delay: 12, fromOpacity: 0},
	place: {delay: 22, fromOpacity: 0},
	release: {delay: 32, fromOpacity: 0},
} as const;

/** From this frame on, nothing on the header moves but the backdrop. */
export const HEADER_SETTLED_AFTER =
	Math.max(...Object.values(HEADER_ENTRANCES).map((entrance) => entrance.delay)) + ENTRANCE_SETTLED_AFTER;
