import type {Campaign} from '../../campaign/campaign-schema';
import {type ClipLabelPosition, DEFAULT_CLIP_LABEL_POSITION} from '../../campaign/clip-label-position';
import type {Episode} from '../../campaign/episode-schema';
import type {TimedScene} from '../../timeline/plan-trailer-scenes';
import {TRAILER_TRANSITIONS} from '../../timeline/trailer-timing';
import type {ClipScene, SceneOf, TrailerProps, TrailerScene} from './schema';

/** What every trailer shares: brand, sound, transitions, caption style. */
export const getTrailerBase = (campaign: Campaign, slot: TrailerProps['slot']): Omit<TrailerProps, 'scenes'> => ({
	brand: campaign.brand,
	slot,
	transitions: {...TRAILER_TRANSITIONS},
	sound: {
		music: campaign.music,
		// The bed is mastered louder than the dialogue (about −13 vs −17 LUFS): under the cards
		// it sits a little below the voices, and 14 dB lower again under them.
		musicVolume: 0.6,
		duckByDb: 14,
		musicFadeFrames: 9,
		clipVolume: 1,
		clipFadeFrames: 4,
	},
	captionStyle: {fontSize: 64, highlightColor: campaign.brand.colors.accent},
	showSafeZone: false,
});

/** Where the series plays, as the cards say it. */
export const getWhere = (campaign: Campaign) => `Sur TikTok · ${campaign.series.platform.handle}`;

/** A clip of an episode's footage, with its captions' source and the card over it, where the campaign puts it. */
export const getClipScene = (
	episode: Episode,
	scene: Extract<TimedScene, {type: 'clip'}>,
	label: Omit<ClipScene['label'], 'position'>,
	position: ClipLabelPosition | undefined,
): TrailerScene => ({
	type: 'clip',
	footage: episode.footage,
	subtitles: episode.subtitles,
	captionOverrides: episode.captions.overrides,
	startMs: scene.startMs,
	endMs: scene.endMs,
	label: {...label, position: position ?? DEFAULT_CLIP_LABEL_POSITION},
});

/** The end card: the episode's call to action, or the series'. */
export const getCtaScene = (campaign: Campaign, episode: Episode | null, durationInSeconds: number): SceneOf<'cta'> => {
	const cta = episode?.callToAction ?? campaign.series.callToAction;
	return {
		type: 'cta',
		seriesTitle: campaign.series.title,
		headline: cta.headline,
		detail: cta.detail,
		where: `${campaign.series.platform.name} · ${campaign.series.platform.handle}`,
		hashtags: [...new Set([...campaign.series.hashtags.slice(0, 2), ...(episode?.hashtags ?? [])])],
		durationInSeconds,
	};
};
