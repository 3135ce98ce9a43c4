import {getSpringSettledAfter} from '../../components/motion';
import {FRAME} from '../../specs/frame';
import type {TrailerScene} from './schema';

/** The accent bar's spring (AccentRule). */
export const ACCENT_RULE_SPRING = {damping: 14, stiffness: 120};
/** The call-to-action button lands with an overshoot, then bumps once (CtaCard). */
export const CTA_POP_SPRING = {damping: 10, stiffness: 140};
export const CTA_BUMP_SPRING = {damping: 8, stiffness: 200};
export const CTA_BUMP_FRAMES = 20;

/**
 * When each block of each card starts to move, in frames from the card's start: the cards
 * read their delays from here, and getCardSettledAfter knows from here when all stand still.
 */
export const CARD_DELAYS = {
	open: {presenter: 0, title: 0, rule: 10, tagline: 14},
	hook: {kicker: 0, rule: 2, firstLine: 3, betweenLines: 4},
	title: {kicker: 0, title: 4, place: 12, city: 20},
	release: {kicker: 0, release: 4, rule: 10, rhythm: 14, where: 20},
	credits: {betweenLines: 6},
	cta: {title: 0, pop: 8, detail: 16, where: 22, hashtags: 28, bump: 40},
} as const;

/** Where the first lines of the open and hook cards start from: never an empty first frame. */
export const CARD_OPENING_OPACITY = 0.4;

/** The label over a clip springs in this many frames after the clip starts (ClipLabel). */
export const CLIP_LABEL_DELAY = 4;

/** A hook is fitted on at most this many lines (HookCard). */
export const HOOK_MAX_LINES = 4;

const {fps} = FRAME;

/** One Entrance block of a card: when it starts, from which opacity. */
export type CardEntrance = {delay: number; fromOpacity: number};

/**
 * A card's moving parts, as its component places them: its Entrance blocks and the start
 * of its accent rule (the layered renderer lays each as a track), and the frames its other
 * motion moves (the call to action's button), or null. Counts the most lines a card can
 * have where the number depends on how the text fits.
 */
export const getCardMotion = (
	scene: Exclude<TrailerScene, {type: 'clip'}>,
): {entrances: CardEntrance[]; rule: number | null; other: {from: number; settledAfter: number} | null} => {
	const at = (delay: number, fromOpacity = 0): CardEntrance => ({delay, fromOpacity});
	switch (scene.type) {
		case 'open': {
			const d = CARD_DELAYS.open;
			return {
				entrances: [at(d.presenter, CARD_OPENING_OPACITY), at(d.title, CARD_OPENING_OPACITY), at(d.tagline)],
				rule: d.rule,
				other: null,
			};
		}
		case 'hook': {
			const d = CARD_DELAYS.hook;
			const lines = Array.from({length: HOOK_MAX_LINES}, (_, i) =>
				at(d.firstLine + i * d.betweenLines, i === 0 ? CARD_OPENING_OPACITY : 0),
			);
			return {entrances: [at(d.kicker, CARD_OPENING_OPACITY), ...lines], rule: d.rule, other: null};
		}
		case 'title': {
			const d = CARD_DELAYS.title;
			return {entrances: [at(d.kicker), at(d.title), at(d.place), at(d.city)], rule: null, other: null};
		}
		case 'release': {
			const d = CARD_DELAYS.release;
			return {entrances: [at(d.kicker), at(d.release), at(d.rhythm), at(d.where)], rule: d.rule, other: null};
		}
		case 'credits':
			return {
				entrances: scene.credits.map((_, i) => at(i * CARD_DELAYS.credits.betweenLines)),
				rule: null,
				other: null,
			};
		case 'cta': {
			const d = CARD_DELAYS.cta;
			const pop = d.pop + getSpringSettledAfter({fps, config: CTA_POP_SPRING});
			return {
				entrances: [at(d.title), at(d.detail), at(d.where), at(d.hashtags)],
				rule: null,
				other: {from: d.pop, settledAfter: Math.max(pop, d.bump + CTA_BUMP_FRAMES + 1)},
			};
		}
	}
};
