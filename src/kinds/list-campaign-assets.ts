import type {Campaign} from '../campaign/campaign-schema';
import {type AssetRef, getAssetId} from './asset-kind';
import {KINDS, type KindRegistry} from './registry';

/**
 * Every asset of a campaign, series-wide first, then episode by episode, in registry order,
 * each kind's variants right after it (`ep03-teaser`, `ep03-teaser-b`, `ep03-teaser-15s`).
 */
export const listCampaignAssets = (campaign: Campaign, kinds: KindRegistry = KINDS): AssetRef[] => {
	const entries = Object.entries(kinds);
	return [
		...entries
			.filter(([, k]) => k.perSeries)
			.map(([kind]) => ({id: getAssetId(kind, null), kind, episode: null, variant: null})),
		...[...campaign.episodes]
			.sort((a, b) => a.number - b.number)
			.flatMap((episode) =>
				entries
					.filter(([, k]) => k.perEpisode)
					.flatMap(([kind, k]) =>
						[null, ...(k.listVariants?.(episode) ?? [])].map((variant) => ({
							id: getAssetId(kind, episode.number, variant),
							kind,
							episode: episode.number,
							variant,
						})),
					),
			),
	];
};
