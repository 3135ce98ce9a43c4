import type {Campaign} from '../../campaign/campaign-schema';
import type {Episode} from '../../campaign/episode-schema';
import {getSeriesTrailerClip} from '../../timeline/get-trailer-clips';
import {planSeriesTrailer} from '../../timeline/plan-trailer-scenes';
import {getReleaseRhythm} from './get-release-rhythm';
import {getClipScene, getCtaScene, getTrailerBase, getWhere} from './get-trailer-parts';
import type {TrailerProps, TrailerScene} from './schema';

/** The episodes the series trailer shows, in order: the campaign's list, or all of them. */
const getSeriesEpisodes = (campaign: Campaign): Episode[] => {
	const byNumber = new Map(campaign.episodes.map((e) => [e.number, e]));
	const numbers = campaign.series.trailer.episodes ?? [...byNumber.keys()].sort((a, b) => a - b);
	return numbers.flatMap((n) => byNumber.get(n) ?? []);
};

/** Props of `series-trailer`: title and idea, a clip per episode with its place, credits, schedule, call to action. */
export const getSeriesTrailerProps = (campaign: Campaign): TrailerProps => {
	const {series} = campaign;
	const episodes = getSeriesEpisodes(campaign);
	const byNumber = new Map(episodes.map((e) => [e.number, e]));
	const plan = planSeriesTrailer({
		clips: episodes.map((e) => ({episodeNumber: e.number, clip: getSeriesTrailerClip(e)})),
	});
	const releases = campaign.episodes.map((e) => e.releaseAt).sort((a, b) => Date.parse(a) - Date.parse(b));
	const count = campaign.episodes.length;
	const scenes = plan.map((planned): TrailerScene => {
		switch (planned.type) {
			case 'open':
				return {
					type: 'open',
					durationInSeconds: planned.durationInSeconds,
					presenter: `${series.platform.name} présente`,
					title: series.title,
					tagline: series.tagline,
				};
			case 'clip': {
				const episode = byNumber.get(planned.episodeNumber)!;
				return getClipScene(
					episode,
					planned,
					{
						kicker: `Épisode ${episode.number} · ${episode.city}`,
						title: episode.place.name,
						detail: `En hommage à ${episode.place.figure}`,
					},
					episode.trailer.seriesClip?.labelPosition,
				);
			}
			case 'credits':
				return {type: 'credits', durationInSeconds: planned.durationInSeconds, credits: series.credits};
			case 'release':
				return {
					type: 'release',
					durationInSeconds: planned.durationInSeconds,
					kicker: `${count} épisode${count > 1 ? 's' : ''}, ${count} lieu${count > 1 ? 'x' : ''}`,
					prefix: 'Dès le',
					releaseAt: releases[0]!,
					timeZone: series.timeZone,
					rhythm: getReleaseRhythm({releaseDates: releases, timeZone: series.timeZone}),
					where: getWhere(campaign),
				};
			case 'cta':
				return getCtaScene(campaign, null, planned.durationInSeconds);
			default:
				throw new TypeError(`The series trailer has no "${planned.type}" card`);
		}
	});
	return {...getTrailerBase(campaign, 'series'), scenes};
};
