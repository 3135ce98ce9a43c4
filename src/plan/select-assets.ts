import type {AssetRef} from '../kinds/asset-kind';

/** What the flags ask for; null means "no filter". */
export type AssetFilter = {episodes: number[] | null; kinds: string[] | null; only: string[] | null};

export type Selection = {assets: AssetRef[]; errors: string[]};

/**
 * The assets the flags ask for. --episodes leaves series-wide assets out unless --only
 * names them; names that match nothing are errors, not silent no-ops.
 */
export const selectAssets = (all: readonly AssetRef[], options: AssetFilter): Selection => {
	const errors: string[] = [];
	const known = new Set(all.map((a) => a.id));
	const episodes = new Set(all.flatMap((a) => (a.episode === null ? [] : [a.episode])));
	for (const id of options.only ?? []) {
		if (!known.has(id)) {
			errors.push(
				`--only: no asset "${id}" in this campaign; ids look like ${all
					.slice(0, 3)
					.map((a) => a.id)
					.join(', ')}`,
			);
		}
	}
	for (const n of options.episodes ?? []) {
		if (!episodes.has(n))
			errors.push(`--episodes: the campaign has no episode ${n} (it has ${[...episodes].join(', ')})`);
	}
	const assets = all.filter((asset) => {
		if (options.kinds && !options.kinds.includes(asset.kind)) return false;
		const byEpisode = options.episodes !== null && asset.episode !== null && options.episodes.includes(asset.episode);
		const byId = options.only !== null && options.only.includes(asset.id);
		if (options.episodes === null && options.only === null) return true;
		return byEpisode || byId;
	});
	return {assets, errors};
};
