import type {Campaign} from '../campaign/campaign-schema';
import type {AssetRef} from '../plan/list-campaign-assets';
import {getEpisodeHeaderProps, getSeriesHeaderProps} from './header/get-header-props';
import type {HeaderProps} from './header/schema';
import {getTeaserProps} from './teaser/get-teaser-props';
import type {TeaserProps} from './teaser/schema';
import {getEpisodeTrailerProps} from './trailer/get-episode-trailer-props';
import {getSeriesTrailerProps} from './trailer/get-series-trailer-props';
import type {TrailerProps} from './trailer/schema';

export type AssetProps =
	{kind: 'header'; props: HeaderProps} | {kind: 'teaser'; props: TeaserProps} | {kind: 'trailer'; props: TrailerProps};

/**
 * The props of an asset's composition, derived from the campaign alone. Pure and free of
 * React, so Studio (Root.tsx) and the render CLI (content keys) compute the same props.
 */
export const getAssetProps = (campaign: Campaign, asset: AssetRef): AssetProps => {
	const episode = asset.episode === null ? null : campaign.episodes.find((e) => e.number === asset.episode);
	if (asset.episode !== null && !episode)
		throw new TypeError(`No episode ${asset.episode} in the campaign for ${asset.id}`);
	switch (asset.kind) {
		case 'header':
			return {
				kind: 'header',
				props: episode ? getEpisodeHeaderProps(campaign, episode) : getSeriesHeaderProps(campaign),
			};
		case 'teaser':
			if (!episode) throw new TypeError(`A teaser belongs to an episode (${asset.id})`);
			return {kind: 'teaser', props: getTeaserProps(campaign, episode)};
		case 'trailer':
			return {
				kind: 'trailer',
				props: episode ? getEpisodeTrailerProps(campaign, episode) : getSeriesTrailerProps(campaign),
			};
		default:
			throw new TypeError(`No composition for ${asset.kind} assets yet (${asset.id})`);
	}
};
