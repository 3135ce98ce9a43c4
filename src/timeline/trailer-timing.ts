import {TOP_VIEW_SPEC} from '../specs/delivery-specs';

/** The kinds of scene a trailer is cut from. Every kind but 'clip' is a card of text. */
export type TrailerSceneType = 'open' | 'hook' | 'clip' | 'title' | 'release' | 'credits' | 'cta';
export type TrailerCardType = Exclude<TrailerSceneType, 'clip'>;

/**
 * How long each card stays, in seconds: long enough to read its text once (about 17
 * characters a second, src/captions/caption-specs.ts) plus the entrance, short enough to keep a TikTok pace.
 */
export const TRAILER_CARD_SECONDS: Record<TrailerCardType, number> = {
	open: 3.5,
	hook: 2.5,
	title: 3,
	release: 3,
	credits: 3,
	cta: 3.5,
};

/** Transition lengths, in frames. They overlap the scenes on both sides, so they shorten the trailer. */
export const TRAILER_TRANSITIONS = {
	/** Into or out of a card: 0.4 s reads as a move without slowing the cut. */
	cardFrames: 12,
	/** Between two clips of the series montage: a quicker push keeps the pace. */
	clipToClipFrames: 8,
} as const;

export const TRAILER_CLIPS = {
	/** Footage an episode trailer takes from the teaser when the campaign chooses no clips. */
	defaultFootageMs: 12_000,
	/** An episode trailer shows two or three clips. */
	maxClips: 3,
	/** Shorter than this, a clip is a flash and a transition would eat it whole. */
	minClipMs: 1000,
	/** A clip of the series montage when the campaign chooses none: 12 of them must fit in 60 s. */
	seriesClipMs: 2800,
} as const;

export type TrailerSlotName = 'episode' | 'series';
export type TrailerSlot = {minSeconds: number; maxSeconds: number};

/**
 * Trailer lengths: 5–60 s for a series trailer, 15–30 s for an episode trailer
 * (TikTok Reservation In-Feed and TopView take 5–60 s; the 15–30 s of an episode trailer is
 * the campaign's plan, kept here rather than in the TopView spec, which QC reads).
 */
export const TRAILER_SLOTS: Record<TrailerSlotName, TrailerSlot> = {
	episode: {minSeconds: 15, maxSeconds: 30},
	series: {
		minSeconds: TOP_VIEW_SPEC.minDurationSeconds,
		maxSeconds: TOP_VIEW_SPEC.maxDurationSeconds,
	},
};
