import type {Campaign} from '../../campaign/campaign-schema';
import type {Episode, TrailerVariant} from '../../campaign/episode-schema';
import {applyFrenchTypography} from '../../captions';
import {getEpisodeTrailerClips} from '../../timeline/get-trailer-clips';
import {planEpisodeTrailer} from '../../timeline/plan-trailer-scenes';
import {getClipScene, getCtaScene, getTrailerBase, getWhere} from './get-trailer-parts';
import type {TrailerProps, TrailerScene} from './schema';

/** The first sentence of the synopsis, when it is short enough to be a hook; else the title. */
const getDefaultHook = (episode: Episode): string => {
	const first = episode.synopsis.split(/(?<=[.!?…])\s/)[0]?.trim() ?? '';
	return first.length > 0 && first.length <= 70 ? first : episode.title;
};

/** The episode as a variant sees it: its hook, clips and call to action in place of the episode's. */
const applyVariant = (episode: Episode, variant: TrailerVariant | null): Episode =>
	variant === null
		? episode
		: {
				...episode,
				callToAction: variant.callToAction ?? episode.callToAction,
				trailer: {
					...episode.trailer,
					hook: variant.hook ?? episode.trailer.hook,
					clips: variant.clips ?? episode.trailer.clips,
				},
			};

/**
 * Props of `epNN-trailer`, or of one of its variants: the plan of src/timeline filled with the
 * episode's words and footage, and the variant's overrides.
 */
export const getEpisodeTrailerProps = (
	campaign: Campaign,
	source: Episode,
	variant: TrailerVariant | null = null,
): TrailerProps => {
	const {series} = campaign;
	const episode = applyVariant(source, variant);
	const plan = planEpisodeTrailer({episodeNumber: episode.number, clips: getEpisodeTrailerClips(episode)});
	const kicker = `Épisode ${episode.number}`;
	// The plan keeps the clips in the campaign's order: the n-th clip scene is trailer.clips[n].
	let clipIndex = 0;
	const scenes = plan.map((planned): TrailerScene => {
		switch (planned.type) {
			case 'clip':
				return getClipScene(
					episode,
					planned,
					{
						kicker: `${series.title} · ${kicker}`,
						title: episode.title,
						detail: `${episode.place.name}, ${episode.city}`,
					},
					episode.trailer.clips?.[clipIndex++]?.labelPosition,
				);
			case 'hook':
				return {
					type: 'hook',
					durationInSeconds: planned.durationInSeconds,
					kicker: `${series.title} · ${kicker}`,
					text: applyFrenchTypography(episode.trailer.hook ?? getDefaultHook(episode)),
				};
			case 'title':
				return {
					type: 'title',
					durationInSeconds: planned.durationInSeconds,
					kicker,
					title: episode.title,
					placeName: episode.place.name,
					figure: applyFrenchTypography(`En hommage à ${episode.place.figure}, ${episode.place.figureRole}`),
					city: episode.city,
				};
			case 'release':
				return {
					type: 'release',
					durationInSeconds: planned.durationInSeconds,
					kicker,
					prefix: 'Le',
					releaseAt: episode.releaseAt,
					timeZone: series.timeZone,
					rhythm: '',
					where: getWhere(campaign),
				};
			case 'cta':
				return getCtaScene(campaign, episode, planned.durationInSeconds);
			default:
				throw new TypeError(`An episode trailer has no "${planned.type}" card`);
		}
	});
	const base = getTrailerBase(campaign, 'episode');
	return {
		...base,
		captionStyle: {...base.captionStyle, ...variant?.captionStyle},
		scenes,
		...(variant?.targetSeconds === undefined ? {} : {cutDown: {targetSeconds: variant.targetSeconds}}),
	};
};
