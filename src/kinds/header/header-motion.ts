import {ENTRANCE_SETTLED_AFTER} from '../../components/motion';

/** When each line of the header springs in, in frames: read by Header and by its layers. */
export const HEADER_DELAYS = {presenter: 0, series: 0, kicker: 8, title: 12, place: 22, release: 32} as const;

/** From this frame on, nothing on the header moves but the backdrop. */
export const HEADER_SETTLED_AFTER = Math.max(...Object.values(HEADER_DELAYS)) + ENTRANCE_SETTLED_AFTER;
