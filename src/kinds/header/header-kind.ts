import {TAKEOVER_SPEC} from '../../specs/delivery-specs';
import {type KindModule, makeIdPattern} from '../asset-kind';
import {calculateHeaderMetadata} from './calculate-metadata';
import {getHeaderDurationInFrames} from './get-header-duration';
import {getEpisodeHeaderProps, getSeriesHeaderProps} from './get-header-props';
import {type HeaderProps, headerSchema} from './schema';
import {getHeaderLayers} from './get-header-layers';

/** The 3–5 s muted title bumper and its cover, for the series and each episode. */
export const headerKind: KindModule<HeaderProps> = {
	compositionId: 'Header',
	component: () => import('./Header').then((m) => ({default: m.Header})),
	schema: headerSchema,
	calculateMetadata: calculateHeaderMetadata,
	idPattern: makeIdPattern('header'),
	perSeries: true,
	perEpisode: true,
	readsFootage: false,
	getProps: (campaign, episode) =>
		episode ? getEpisodeHeaderProps(campaign, episode) : getSeriesHeaderProps(campaign),
	listTextFiles: () => [],
	completeProps: (props) => props,
	getDurationInFrames: getHeaderDurationInFrames,
	layers: getHeaderLayers,
	settings: {crf: 20, videoBitrate: null, muted: true, normalizeLoudness: false, cover: {jpegQuality: 85}},
	delivery: TAKEOVER_SPEC,
};
