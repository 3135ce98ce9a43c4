import {seconds} from './get-base-filters';

/** Where a list of values changes: each run of equal values, by its first index. */
export const getRuns = (count: number, valueOf: (i: number) => number): {from: number; value: number}[] => {
	const runs: {from: number; value: number}[] = [];
	for (let i = 0; i < count; i++) {
		const value = valueOf(i);
		if (runs.at(-1)?.value !== value) runs.push({from: i, value});
	}
	return runs;
};

/**
 * An ffmpeg expression choosing `valueOf(i)` on frame i, for `count` frames, one choice per
 * change (a value that never changes is a plain number): `before(i)` is a condition true on
 * the frames before frame i.
 */
export const chooseByFrame = (count: number, valueOf: (i: number) => number, before: (i: number) => string): string => {
	const runs = getRuns(count, valueOf);
	return runs
		.slice(0, -1)
		.reduceRight((rest, run, k) => `if(${before(runs[k + 1]!.from)},${run.value},${rest})`, String(runs.at(-1)!.value));
};

/** An ffmpeg expression of the output's time `t`: `valueOf(i)` on frame `first + i`, for `count` frames. */
export const perFrame = (first: number, count: number, fps: number, valueOf: (i: number) => number): string =>
	chooseByFrame(count, valueOf, (i) => `lt(t,${seconds((first + i - 0.5) / fps)})`);

/** An expression of a filter's 1-based count of frames in, `in`: `valueOf(i)` on its frame i, for `count` frames. */
export const perInputFrame = (count: number, valueOf: (i: number) => number): string =>
	chooseByFrame(count, valueOf, (i) => `lt(in,${i + 0.5})`);
