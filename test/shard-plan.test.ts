import {describe, expect, test} from 'vitest';
import {shardPlan} from '../src/plan/shard-plan';

/** A small deterministic generator, so a failing case can be replayed. */
const makeRandom = (seed: number) => () => {
	seed = (seed * 1664525 + 1013904223) % 2 ** 32;
	return seed / 2 ** 32;
};

const randomPlan = (random: () => number) =>
	Array.from({length: 1 + Math.floor(random() * 40)}, (_, i) => ({
		id: `a${i}`,
		durationInFrames: 30 + Math.floor(random() * 1800),
	}));

describe('shardPlan', () => {
	test('the slices are disjoint, cover the plan exactly once, keep its order, and are balanced', () => {
		const random = makeRandom(42);
		for (let run = 0; run < 200; run++) {
			const plan = randomPlan(random);
			const count = 1 + Math.floor(random() * 5);
			const slices = Array.from({length: count}, (_, i) => shardPlan(plan, {index: i + 1, count}));
			const ids = slices.flat().map((a) => a.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect([...ids].sort()).toEqual(plan.map((a) => a.id).sort());
			for (const slice of slices) {
				const order = slice.map((a) => plan.indexOf(a));
				expect(order).toEqual([...order].sort((x, y) => x - y));
			}
			// Greedy largest-first: no slice exceeds the lightest by more than the largest asset.
			const loads = slices.map((s) => s.reduce((sum, a) => sum + a.durationInFrames, 0));
			const largest = Math.max(...plan.map((a) => a.durationInFrames));
			expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
		}
	});

	test('is stable across runs', () => {
		const plan = randomPlan(makeRandom(7));
		expect(shardPlan(plan, {index: 2, count: 3})).toEqual(shardPlan([...plan], {index: 2, count: 3}));
	});

	// Equal lengths fall back to the ids, in code-unit order ('Z' < 'a', 'f' < 'é'): a locale
	// order (localeCompare) puts them the other way round, and could differ between machines.
	test.each([
		{ids: ['a', 'Z'], first: 'Z'},
		{ids: ['é', 'f'], first: 'f'},
		{ids: ['ep10-teaser', 'EP10-teaser'], first: 'EP10-teaser'},
	])('ties go by code unit, whatever the locale: $ids → slice 1 gets $first', ({ids, first}) => {
		const plan = ids.map((id) => ({id, durationInFrames: 90}));
		expect(shardPlan(plan, {index: 1, count: 2}).map((a) => a.id)).toEqual([first]);
	});
});
