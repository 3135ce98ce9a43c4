import type {Campaign} from '../campaign/campaign-schema';
import {type AssetRef, getAssetId} from './asset-kind';
import {KINDS, type KindRegistry} from './registry';

/** Every asset of a campaign, series-wide first, then episode by episode, in registry order. */
export const listCampaignAssets = (campaign: Campaign, kinds: KindRegistry = KINDS): AssetRef[] => {
	const entries = Object.entries(kinds);
	return [
		...entries.filter(([, k]) => k.perSeries).map(([kind]) => ({id: getAssetId(kind, null), kind, episode: null})),
		...[...campaign.episodes]
			.sort((a, b) => a.number - b.number)
			.flatMap((episode) =>
				entries
					.filter(([, k]) => k.perEpisode)
					.map(([kind]) => ({id: getAssetId(kind, episode.number), kind, episode: episode.number})),
			),
	];
};
