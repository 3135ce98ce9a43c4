import type {PopMotion} from '../../components/overlay-tracks';
import type {TrailerScene} from './schema';

/** The accent bar's spring (AccentRule). */
export const ACCENT_RULE_SPRING = {damping: 14, stiffness: 120};

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
	cta: {title: 0, pop: 8, detail: 16, where: 22, hashtags: 28},
} as const;

/**
 * The call-to-action button lands with an overshoot, then a second small bump invites the
 * tap (CtaCard); it never grows past `peak`, and its text is fitted for that: it stays
 * inside the safe zone.
 */
export const CTA_POP: PopMotion = {
	type: 'pop',
	pop: {damping: 10, stiffness: 140},
	bump: {damping: 8, stiffness: 200},
	bumpDelay: 32,
	bumpFrames: 20,
	from: 0.85,
	bumpBy: 0.04,
	peak: 1.05,
};

/** Where the first lines of the open and hook cards start from: never an empty first frame. */
export const CARD_OPENING_OPACITY = 0.4;

/** The label over a clip springs in this many frames after the clip starts (ClipLabel). */
export const CLIP_LABEL_DELAY = 4;

/** A hook is fitted on at most this many lines (HookCard). */
export const HOOK_MAX_LINES = 4;

/** One Entrance block of a card: when it starts, from which opacity. */
export type CardEntrance = {delay: number; fromOpacity: number};

/**
 * A card's moving parts, as its component places them: its Entrance blocks, the start of
 * its accent rule and of its button's pop (the call to action's), or null; the layered
 * renderer lays each as a track. Counts the most lines a card can have where the number
 * depends on how the text fits.
 */
export const getCardMotion = (
	scene: Exclude<TrailerScene, {type: 'clip'}>,
): {entrances: CardEntrance[]; rule: number | null; pop: number | null} => {
	const at = (delay: number, fromOpacity = 0): CardEntrance => ({delay, fromOpacity});
	switch (scene.type) {
		case 'open': {
			const d = CARD_DELAYS.open;
			return {
				entrances: [at(d.presenter, CARD_OPENING_OPACITY), at(d.title, CARD_OPENING_OPACITY), at(d.tagline)],
				rule: d.rule,
				pop: null,
			};
		}
		case 'hook': {
			const d = CARD_DELAYS.hook;
			const lines = Array.from({length: HOOK_MAX_LINES}, (_, i) =>
				at(d.firstLine + i * d.betweenLines, i === 0 ? CARD_OPENING_OPACITY : 0),
			);
			return {entrances: [at(d.kicker, CARD_OPENING_OPACITY), ...lines], rule: d.rule, pop: null};
		}
		case 'title': {
			const d = CARD_DELAYS.title;
			return {entrances: [at(d.kicker), at(d.title), at(d.place), at(d.city)], rule: null, pop: null};
		}
		case 'release': {
			const d = CARD_DELAYS.release;
			return {entrances: [at(d.kicker), at(d.release), at(d.rhythm), at(d.where)], rule: d.rule, pop: null};
		}
		case 'credits':
			return {
				entrances: scene.credits.map((_, i) => at(i * CARD_DELAYS.credits.betweenLines)),
				rule: null,
				pop: null,
			};
		case 'cta': {
			const d = CARD_DELAYS.cta;
			return {entrances: [at(d.title), at(d.detail), at(d.where), at(d.hashtags)], rule: null, pop: d.pop};
		}
	}
};
