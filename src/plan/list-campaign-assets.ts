import type {AssetKind} from '../specs/delivery-specs';
import type {Campaign} from '../campaign/campaign-schema';

/** One deliverable: its id is also its Studio composition id and its file name. */
export type AssetRef = {
	id: string;
	kind: AssetKind;
	/** Episode number, or null for a series-wide asset. */
	episode: number | null;
};

export const getEpisodeKey = (episode: number): string => `ep${String(episode).padStart(2, '0')}`;

export const getAssetId = (kind: AssetKind, episode: number | null): string =>
	`${episode === null ? 'series' : getEpisodeKey(episode)}-${kind}`;

/** Kinds that have a composition so far; the others join as they are built. */
export const EPISODE_KINDS: readonly AssetKind[] = ['header', 'teaser', 'trailer'];
export const SERIES_KINDS: readonly AssetKind[] = ['header', 'trailer'];

/** Every asset of a campaign, series-wide first, then episode by episode. */
export const listCampaignAssets = (campaign: Campaign): AssetRef[] => [
	...SERIES_KINDS.map((kind) => ({id: getAssetId(kind, null), kind, episode: null})),
	...[...campaign.episodes]
		.sort((a, b) => a.number - b.number)
		.flatMap((episode) =>
			EPISODE_KINDS.map((kind) => ({id: getAssetId(kind, episode.number), kind, episode: episode.number})),
		),
];
