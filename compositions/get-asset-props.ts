import type {Campaign} from '../src/campaign/campaign-schema';
import type {AssetRef} from '../src/campaign/list-campaign-assets';
import {getEpisodeHeaderProps, getSeriesHeaderProps} from './Header/get-header-props';

/**
 * The props of an asset's composition, derived from the campaign alone. Pure and free of
 * React, so Studio (Root.tsx) and the render CLI (content keys) compute the same props.
 */
export const getAssetProps = (campaign: Campaign, asset: AssetRef): Record<string, unknown> => {
	const episode = asset.episode === null ? null : campaign.episodes.find((e) => e.number === asset.episode);
	if (asset.episode !== null && !episode)
		throw new TypeError(`No episode ${asset.episode} in the campaign for ${asset.id}`);
	switch (asset.kind) {
		case 'header':
			return episode ? getEpisodeHeaderProps(campaign, episode) : getSeriesHeaderProps(campaign);
		default:
			throw new TypeError(`No composition for ${asset.kind} assets yet (${asset.id})`);
	}
};
