import {IN_FEED_SPEC} from '../../specs/delivery-specs';
import {type KindModule, makeIdPattern} from '../asset-kind';
import {calculateTeaserMetadata} from './calculate-metadata';
import {completeTeaserProps, explainTeaserCutDown, listTeaserTextFiles} from './complete-teaser-props';
import {findVariant} from '../find-variant';
import {getTeaserDurationInFrames} from './get-teaser-duration';
import {getTeaserProps} from './get-teaser-props';
import {type TeaserProps, teaserSchema} from './schema';
import {getTeaserLayers} from './get-teaser-layers';
import {getTeaserSounds} from './get-teaser-sounds';

/** A subtitled cut of an episode's own footage, one per episode. */
export const teaserKind: KindModule<TeaserProps> = {
	compositionId: 'Teaser',
	component: () => import('./Teaser').then((m) => ({default: m.Teaser})),
	schema: teaserSchema,
	calculateMetadata: calculateTeaserMetadata,
	idPattern: makeIdPattern('teaser'),
	perSeries: false,
	perEpisode: true,
	readsFootage: true,
	getProps: (campaign, episode, variant = null) => {
		if (!episode) throw new TypeError('A teaser belongs to an episode');
		return getTeaserProps(campaign, episode, findVariant(episode.teaser.variants, variant));
	},
	listVariants: (episode) => (episode.teaser.variants ?? []).map((v) => v.name),
	explainCutDown: explainTeaserCutDown,
	listTextFiles: listTeaserTextFiles,
	completeProps: completeTeaserProps,
	listCaptionCuts: (props) => [
		{
			subtitles: props.subtitles,
			cues: props.captions ?? [],
			segments: props.segments,
			offsetMs: 0,
			fontSize: props.captionStyle.fontSize,
			label: null,
		},
	],
	getDurationInFrames: getTeaserDurationInFrames,
	layers: getTeaserLayers,
	sounds: getTeaserSounds,
	// Loaded on demand: it measures text, in the browser only.
	measureLayers: (props) => import('./measure-teaser-layers').then((m) => m.measureTeaserLayers(props)),
	settings: {crf: 18, videoBitrate: null, muted: false, normalizeLoudness: true, cover: null},
	delivery: IN_FEED_SPEC,
};
