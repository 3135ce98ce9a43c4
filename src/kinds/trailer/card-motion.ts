import {ENTRANCE_SETTLED_AFTER, getSpringSettledAfter} from '../../components/motion';
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

/** The label over a clip springs in this many frames after the clip starts (ClipLabel). */
export const CLIP_LABEL_DELAY = 4;

/** A hook is fitted on at most this many lines (HookCard). */
export const HOOK_MAX_LINES = 4;

const {fps} = FRAME;
const entrance = (delay: number) => delay + ENTRANCE_SETTLED_AFTER;
const rule = (delay: number) => delay + getSpringSettledAfter({fps, config: ACCENT_RULE_SPRING});

/**
 * The frame of a card from which nothing on it moves any more (its backdrop drifts, but
 * the layered renderer draws that apart). Counts the most lines a card can have where the
 * number depends on how the text fits.
 */
export const getCardSettledAfter = (scene: Exclude<TrailerScene, {type: 'clip'}>): number => {
	switch (scene.type) {
		case 'open': {
			const d = CARD_DELAYS.open;
			return Math.max(entrance(d.presenter), entrance(d.title), rule(d.rule), entrance(d.tagline));
		}
		case 'hook': {
			const d = CARD_DELAYS.hook;
			return Math.max(rule(d.rule), entrance(d.firstLine + (HOOK_MAX_LINES - 1) * d.betweenLines));
		}
		case 'title': {
			const d = CARD_DELAYS.title;
			return Math.max(entrance(d.kicker), entrance(d.title), entrance(d.place), entrance(d.city));
		}
		case 'release': {
			const d = CARD_DELAYS.release;
			return Math.max(entrance(d.release), rule(d.rule), entrance(d.rhythm), entrance(d.where));
		}
		case 'credits':
			return entrance((scene.credits.length - 1) * CARD_DELAYS.credits.betweenLines);
		case 'cta': {
			const d = CARD_DELAYS.cta;
			const pop = d.pop + getSpringSettledAfter({fps, config: CTA_POP_SPRING});
			return Math.max(entrance(d.hashtags), pop, d.bump + CTA_BUMP_FRAMES + 1);
		}
	}
};
