import {describe, expect, test} from 'vitest';
import {getEpisodeTrailerProps} from '../../src/kinds/trailer/get-episode-trailer-props';
import {getSeriesTrailerProps} from '../../src/kinds/trailer/get-series-trailer-props';
import {getPropsTimeline} from '../../src/kinds/trailer/get-props-timeline';
import {campaignSchema, type CampaignInput} from '../../src/campaign/campaign-schema';
import {readSampleCampaign} from '../helpers/make-campaign-dir';

const clips = (...pairs: [number, number][]) => pairs.map(([startMs, endMs]) => ({startMs, endMs}));

/** The sample campaign with episode 1's trailer clips replaced, parsed as the loader would. */
const withClips = (edit: (c: CampaignInput) => void) => {
	const raw = readSampleCampaign();
	edit(raw);
	return campaignSchema.parse(raw);
};

describe('episode trailer: scene and total durations from the props', () => {
	test.each([
		{
			name: 'two 6 s clips',
			clips: clips([0, 6000], [10000, 16000]),
			types: ['hook', 'clip', 'title', 'clip', 'release', 'cta'],
			frames: [75, 180, 90, 180, 90, 105],
			// Five transitions of 12 frames overlap their neighbours.
			total: 720 - 5 * 12,
		},
		{
			name: 'three 4 s clips: the last two cut into each other with 8 frames',
			clips: clips([0, 4000], [10000, 14000], [20000, 24000]),
			types: ['hook', 'clip', 'title', 'clip', 'clip', 'release', 'cta'],
			frames: [75, 120, 90, 120, 120, 90, 105],
			total: 720 - 5 * 12 - 8,
		},
		{
			name: 'in and out points snap to frames (1 s 10 ms → 30 frames)',
			clips: clips([1010, 7010], [10000, 16000]),
			types: ['hook', 'clip', 'title', 'clip', 'release', 'cta'],
			frames: [75, 180, 90, 180, 90, 105],
			total: 660,
		},
		{
			name: 'one 2 s clip: the call to action holds until 15 s, the slot’s minimum',
			clips: clips([0, 2000]),
			types: ['hook', 'clip', 'title', 'release', 'cta'],
			frames: [75, 60, 90, 90, 105 + 78],
			total: 450,
		},
	])('$name', ({clips: chosen, types, frames, total}) => {
		const campaign = withClips((c) => (c.episodes[0]!.trailer = {clips: chosen}));
		const props = getEpisodeTrailerProps(campaign, campaign.episodes[0]!);
		const timeline = getPropsTimeline(props);
		expect(timeline.scenes.map((s) => s.type)).toEqual(types);
		expect(timeline.scenes.map((s) => s.durationInFrames)).toEqual(frames);
		expect(timeline.durationInFrames).toBe(total);
	});
});

describe('series trailer: scene and total durations from the props', () => {
	test.each([
		{
			name: 'every episode, 3 s each',
			episodes: undefined,
			// Opening, 12 clips, credits, schedule, call to action; 4 card transitions of 12
			// frames and 11 clip-to-clip ones of 8 (the open→clip and clip→credits ones included).
			types: ['open', ...Array<string>(12).fill('clip'), 'credits', 'release', 'cta'],
			total: 105 + 12 * 90 + 90 + 90 + 105 - 4 * 12 - 11 * 8,
		},
		{
			name: 'the episodes the campaign chooses, in its order',
			episodes: [3, 1],
			types: ['open', 'clip', 'clip', 'credits', 'release', 'cta'],
			total: 105 + 2 * 90 + 90 + 90 + 105 - 4 * 12 - 8,
		},
	])('$name', ({episodes, types, total}) => {
		const campaign = withClips((c) => {
			for (const e of c.episodes) e.trailer = {...e.trailer, seriesClip: {startMs: 1000, endMs: 4000}};
			c.series.trailer = {episodes};
		});
		const props = getSeriesTrailerProps(campaign);
		const timeline = getPropsTimeline(props);
		expect(timeline.scenes.map((s) => s.type)).toEqual(types);
		expect(timeline.durationInFrames).toBe(total);
		if (episodes) {
			const labels = props.scenes.flatMap((s) => (s.type === 'clip' ? [s.label.kicker] : []));
			expect(labels).toEqual(['Épisode 3 · Tours', 'Épisode 1 · Villejuif']);
		}
	});
});

describe('the sample campaign', () => {
	const campaign = campaignSchema.parse(readSampleCampaign());

	test.each(campaign.episodes.map((e) => ({episode: e.number})))(
		'episode $episode’s trailer fits 15–30 s',
		({episode}) => {
			const props = getEpisodeTrailerProps(
				campaign,
				campaign.episodes.find((e) => e.number === episode)!,
			);
			const seconds = getPropsTimeline(props).durationInFrames / 30;
			expect(seconds).toBeGreaterThanOrEqual(15);
			expect(seconds).toBeLessThanOrEqual(30);
		},
	);

	test('the series trailer fits 60 s and tells the title, the idea, where and when', () => {
		const props = getSeriesTrailerProps(campaign);
		expect(getPropsTimeline(props).durationInFrames / 30).toBeLessThanOrEqual(60);
		expect(props.scenes[0]).toMatchObject({
			type: 'open',
			title: 'Cités',
			tagline: 'La jeunesse et le patrimoine culturel français',
		});
		expect(props.scenes.find((s) => s.type === 'release')).toMatchObject({
			prefix: 'Dès le',
			releaseAt: '2027-01-15T18:00:00+01:00',
			rhythm: 'Un épisode chaque mardi et vendredi',
			where: 'Sur TikTok · @primevideofr',
		});
		expect(props.scenes.find((s) => s.type === 'credits')).toMatchObject({
			credits: expect.arrayContaining([
				{role: 'Écrit et réalisé par', name: 'Abd Al Malik'},
				{role: 'Produit par', name: 'Quad Stories'},
			]),
		});
		expect(props.scenes.at(-1)).toMatchObject({type: 'cta', headline: 'Abonne-toi à @primevideofr'});
	});
});
