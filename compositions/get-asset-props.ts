import type {Campaign} from '../src/campaign/campaign-schema';
import type {AssetRef} from '../src/campaign/list-campaign-assets';
import {getEpisodeHeaderProps, getSeriesHeaderProps} from './Header/get-header-props';
import type {HeaderProps} from './Header/schema';
import {getTeaserProps} from './Teaser/get-teaser-props';
import type {TeaserProps} from './Teaser/schema';
import {getEpisodeTrailerProps} from './Trailer/get-episode-trailer-props';
import {getSeriesTrailerProps} from './Trailer/get-series-trailer-props';
import type {TrailerProps} from './Trailer/schema';

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
