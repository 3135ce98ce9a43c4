import {describe, expect, test} from 'vitest';
import {problemsOf} from '../helpers/problems-of';
import {makeCampaignDir} from '../helpers/make-campaign-dir';

describe('readCampaign refuses a trailer that would not fit its slot', () => {
	test.each([
		{
			name: 'an episode trailer over 30 s, naming the episode and the excess',
			edit: (c: any) => (
				(c.episodes[3].trailer.clips = [
					{startMs: 0, endMs: 12000},
					{startMs: 12000, endMs: 24000},
				]),
				c
			),
			expected: [
				'campaign.json: episodes[3].trailer.clips = "24.0 s of clips": make ep04-trailer 34.0 s long, 4.0 s over the 30 s an episode trailer may last (15–30 s); shorten the clips by at least 4.0 s',
			],
		},
		{
			name: 'a series trailer over 60 s, naming the longest clip',
			edit: (c: any) => {
				for (const e of c.episodes) e.trailer.seriesClip = {startMs: 1000, endMs: 6000};
				c.episodes[6].trailer.seriesClip = {startMs: 1000, endMs: 7000};
				return c;
			},
			expected: [
				'campaign.json: series.trailer = "12 episodes": make series-trailer 69.5 s long, 9.5 s over its 60 s slot (TikTok TopView); list fewer episodes in series.trailer.episodes or shorten their trailer.seriesClip by 9.5 s in all (longest: episodes[6], 6.0 s)',
			],
		},
		{
			name: 'a series trailer that lists an episode the campaign does not have',
			edit: (c: any) => ((c.series.trailer = {episodes: [1, 14]}), c),
			expected: [
				'campaign.json: series.trailer.episodes[1] = 14: is not an episode of this campaign; use numbers from episodes[].number (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)',
			],
		},
		{
			name: 'a clip too short to hear a line',
			edit: (c: any) => ((c.episodes[0].trailer.clips[1] = {startMs: 20000, endMs: 20500}), c),
			expected: [
				'campaign.json: episodes[0].trailer.clips[1].endMs = 20500: leaves a clip of 500 ms; a trailer clip lasts at least 1 s: move endMs later',
			],
		},
		{
			name: 'four clips',
			edit: (c: any) => (
				(c.episodes[0].trailer.clips = [1, 2, 3, 4].map((i) => ({startMs: i * 3000, endMs: i * 3000 + 2000}))),
				c
			),
			expected: [
				'campaign.json: episodes[0].trailer.clips = [{"startMs":3000,"endMs":5000},{"startMs":6000,"endMs":8000…: has more than 3 clips; an episode trailer shows two or three',
			],
		},
	])('$name', ({edit, expected}) => {
		const {file} = makeCampaignDir({edit});
		expect(problemsOf(file)).toEqual(expected);
	});

	test('a campaign without any trailer data still loads: trailers come from the teasers', () => {
		const {file} = makeCampaignDir({
			edit: (c: any) => {
				for (const e of c.episodes) delete e.trailer;
				return c;
			},
		});
		expect(problemsOf(file)).toEqual([]);
	});
});
