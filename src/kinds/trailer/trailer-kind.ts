import {TOP_VIEW_SPEC} from '../../specs/delivery-specs';
import {type KindModule, makeIdPattern} from '../asset-kind';
import {calculateTrailerMetadata} from './calculate-metadata';
import {completeTrailerProps, explainTrailerCutDown, listTrailerTextFiles} from './complete-trailer-props';
import {findVariant} from '../find-variant';
import {getEpisodeTrailerProps} from './get-episode-trailer-props';
import {getPropsTimeline} from './get-props-timeline';
import {getSeriesTrailerProps} from './get-series-trailer-props';
import {type TrailerProps, trailerSchema} from './schema';
import {getTrailerLayers} from './get-trailer-layers';
import {getTrailerSounds} from './get-trailer-sounds';
import {listTrailerCaptionCuts} from './list-trailer-caption-cuts';

/**
 * A montage of title cards and clips ending on a call to action: one per episode and one
 * for the series (a trailer with the 'series' slot).
 */
export const trailerKind: KindModule<TrailerProps> = {
	compositionId: 'Trailer',
	component: () => import('./Trailer').then((m) => ({default: m.Trailer})),
	schema: trailerSchema,
	calculateMetadata: calculateTrailerMetadata,
	idPattern: makeIdPattern('trailer'),
	perSeries: true,
	perEpisode: true,
	readsFootage: true,
	getProps: (campaign, episode, variant = null) =>
		episode
			? getEpisodeTrailerProps(campaign, episode, findVariant(episode.trailer.variants, variant))
			: getSeriesTrailerProps(campaign),
	listVariants: (episode) => (episode.trailer.variants ?? []).map((v) => v.name),
	explainCutDown: explainTrailerCutDown,
	listTextFiles: listTrailerTextFiles,
	completeProps: completeTrailerProps,
	listCaptionCuts: listTrailerCaptionCuts,
	getDurationInFrames: (props) => getPropsTimeline(props).durationInFrames,
	// TopView asks for ≥ 2,500 kbps, and a CRF gives ~2 Mbps on flat title cards.
	layers: getTrailerLayers,
	sounds: getTrailerSounds,
	// Loaded on demand: it measures text, in the browser only.
	measureLayers: (props) => import('./measure-trailer-layers').then((m) => m.measureTrailerLayers(props)),
	settings: {crf: null, videoBitrate: '4M', muted: false, normalizeLoudness: true, cover: null},
	delivery: TOP_VIEW_SPEC,
};
