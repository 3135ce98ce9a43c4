export type ShareTimeByWeightInput = {weights: readonly number[]; startMs: number; endMs: number};

/**
 * Cuts [startMs, endMs] into back-to-back spans, one per weight, each as long as its share
 * of the total: the first starts at startMs, the last ends at endMs. All weights 0: equal shares.
 */
export const shareTimeByWeight = ({weights, startMs, endMs}: ShareTimeByWeightInput): [number, number][] => {
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const shares = total > 0 ? weights : weights.map(() => 1);
	const sum = total > 0 ? total : weights.length;
	let before = 0;
	return shares.map((weight, i) => {
		const from = startMs + ((endMs - startMs) * before) / sum;
		before += weight;
		return [from, i === shares.length - 1 ? endMs : startMs + ((endMs - startMs) * before) / sum];
	});
};
