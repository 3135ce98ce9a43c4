/**
 * Splits a plan into `count` disjoint slices balanced by frames (largest first,
 * each to the lightest slice), and returns slice `index` (1-based). Deterministic: the same
 * plan always gives the same slices, and the slices together are exactly the plan.
 */
export const shardPlan = <T extends {id: string; durationInFrames: number}>(
	plan: readonly T[],
	{index, count}: {index: number; count: number},
): T[] => {
	const loads = Array.from({length: count}, () => 0);
	const owner = new Map<string, number>();
	// Ties by id in code-unit order: a locale order would give other slices on a machine with another locale.
	const bySize = [...plan].sort(
		(a, b) => b.durationInFrames - a.durationInFrames || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
	for (const asset of bySize) {
		const lightest = loads.indexOf(Math.min(...loads));
		loads[lightest] = (loads[lightest] ?? 0) + asset.durationInFrames;
		owner.set(asset.id, lightest + 1);
	}
	return plan.filter((asset) => owner.get(asset.id) === index);
};
