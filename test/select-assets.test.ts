import {describe, expect, test} from 'vitest';
import type {AssetRef} from '../src/kinds/asset-kind';
import {selectAssets} from '../src/plan/select-assets';

const all: AssetRef[] = [
	{id: 'series-header', kind: 'header', episode: null, variant: null},
	{id: 'series-trailer', kind: 'trailer', episode: null, variant: null},
	...[1, 2, 3].flatMap((n) =>
		(['header', 'teaser'] as const).map((kind) => ({id: `ep0${n}-${kind}`, kind, episode: n, variant: null})),
	),
	{id: 'ep02-teaser-b', kind: 'teaser', episode: 2, variant: 'b'},
	{id: 'ep02-teaser-15s', kind: 'teaser', episode: 2, variant: '15s'},
];
const ids = (options: Parameters<typeof selectAssets>[1]) => selectAssets(all, options).assets.map((a) => a.id);

describe('selectAssets', () => {
	test.each([
		{options: {episodes: null, kinds: null, only: null}, expected: all.map((a) => a.id)},
		{
			options: {episodes: null, kinds: ['header' as const], only: null},
			expected: ['series-header', 'ep01-header', 'ep02-header', 'ep03-header'],
		},
		{
			options: {episodes: [2], kinds: null, only: null},
			expected: ['ep02-header', 'ep02-teaser', 'ep02-teaser-b', 'ep02-teaser-15s'],
		},
		{
			options: {episodes: [2], kinds: null, only: ['series-header']},
			expected: ['series-header', 'ep02-header', 'ep02-teaser', 'ep02-teaser-b', 'ep02-teaser-15s'],
		},
		{options: {episodes: null, kinds: null, only: ['ep02-teaser-b']}, expected: ['ep02-teaser-b']},
		{options: {episodes: [1, 3], kinds: ['teaser' as const], only: null}, expected: ['ep01-teaser', 'ep03-teaser']},
		{
			options: {episodes: null, kinds: null, only: ['ep03-teaser', 'series-trailer']},
			expected: ['series-trailer', 'ep03-teaser'],
		},
	])('$options', ({options, expected}) => {
		expect(ids(options)).toEqual(expected);
	});

	test('names what matches nothing instead of rendering nothing silently', () => {
		expect(selectAssets(all, {episodes: [7], kinds: null, only: ['ep3-header']}).errors).toEqual([
			'--only: no asset "ep3-header" in this campaign; ids look like series-header, series-trailer, ep01-header',
			'--episodes: the campaign has no episode 7 (it has 1, 2, 3)',
		]);
	});
});
