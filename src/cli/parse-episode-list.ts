/** "1,3-5" → [1, 3, 4, 5]; null with a message when the list cannot be read. */
export const parseEpisodeList = (text: string): {episodes: number[]} | {error: string} => {
	const episodes = new Set<number>();
	for (const part of text.split(',').map((p) => p.trim())) {
		const match = /^(\d+)(?:-(\d+))?$/.exec(part);
		if (!match) return {error: `"${part}" is not an episode number or range; write e.g. --episodes 1,3-5`};
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		if (to < from) return {error: `range "${part}" runs backwards; write it as ${to}-${from}`};
		for (let n = from; n <= to; n++) episodes.add(n);
	}
	return {episodes: [...episodes].sort((a, b) => a - b)};
};
