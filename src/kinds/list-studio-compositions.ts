import type {Campaign} from '../campaign/campaign-schema';
import {getEpisodeKey} from '../campaign/get-episode-key';
import type {AnyKindModule} from './asset-kind';
import {listCampaignAssets} from './list-campaign-assets';
import {getKindModule, KINDS, type KindRegistry} from './registry';

export type StudioComposition = {
	id: string;
	/** Studio folder: `kinds`, `series` or `ep03`. */
	folder: string;
	kind: AnyKindModule;
	defaultProps: Record<string, unknown>;
};

export const KINDS_FOLDER = 'kinds';

/**
 * What Studio lists: each kind's composition (the one render jobs go through, shown with
 * the campaign's first asset of that kind), then every asset of the campaign by its id
 * with its real props, in a folder per episode plus `series`. Pure.
 */
export const listStudioCompositions = (campaign: Campaign, kinds: KindRegistry = KINDS): StudioComposition[] => {
	const assets = listCampaignAssets(campaign, kinds).map((asset) => {
		const kind = getKindModule(asset.kind, kinds);
		const episode = campaign.episodes.find((e) => e.number === asset.episode) ?? null;
		return {
			id: asset.id,
			folder: asset.episode === null ? 'series' : getEpisodeKey(asset.episode),
			kind,
			defaultProps: kind.getProps(campaign, episode, asset.variant),
		};
	});
	const byKind = Object.values(kinds).flatMap((kind) => {
		const first = assets.find((a) => a.kind === kind);
		return first ? [{id: kind.compositionId, folder: KINDS_FOLDER, kind, defaultProps: first.defaultProps}] : [];
	});
	return [...byKind, ...assets];
};
