import {describe, expect, test} from 'vitest';
import {readCampaign} from '../../src/campaign/read-campaign';
import {listCampaignAssets} from '../../src/kinds/list-campaign-assets';
import {listStudioCompositions} from '../../src/kinds/list-studio-compositions';
import {findKindOfId, KINDS} from '../../src/kinds/registry';
import {renderJobSchema} from '../../src/kinds/render-job';
import {makeRenderJob} from '../../src/plan/make-render-job';
import {SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';
import {posterKind} from '../helpers/poster-kind';

const {campaign} = readCampaign(SAMPLE_CAMPAIGN);
if (!campaign) throw new Error('the sample campaign does not read');

const withPoster = {...KINDS, poster: posterKind};

describe('the kind registry', () => {
	test('a kind added to the registry appears in Studio (Root lists these), the plan and its jobs', () => {
		const studio = listStudioCompositions(campaign, withPoster);
		expect(studio.filter((c) => c.folder === 'kinds').map((c) => c.id)).toEqual([
			'Header',
			'Teaser',
			'Trailer',
			'Poster',
		]);
		expect(studio.filter((c) => c.folder === 'ep03').map((c) => c.id)).toEqual([
			'ep03-header',
			'ep03-teaser',
			'ep03-teaser-15s',
			'ep03-teaser-b',
			'ep03-trailer',
			'ep03-trailer-15s',
			'ep03-poster',
		]);
		const assets = listCampaignAssets(campaign, withPoster);
		expect(assets.filter((a) => a.kind === 'poster')).toHaveLength(12);
		expect(findKindOfId('ep03-poster', withPoster)).toBe('poster');

		const job = makeRenderJob({
			asset: {id: 'ep03-poster', kind: 'poster', episode: 3, variant: null},
			campaign,
			assetsDir: SAMPLE_ASSETS,
			codeHash: 'c',
			backend: 'local',
			scale: 1,
			kinds: withPoster,
		});
		expect(job).toMatchObject({
			id: 'ep03-poster',
			compositionId: 'Poster',
			durationInFrames: 90,
			settings: {crf: 23, muted: true, cover: {frame: 89}},
		});
	});

	test('ids belong to exactly one kind; other names to none', () => {
		expect(
			['series-header', 'ep03-teaser', 'ep12-trailer', 'series-trailer', 'ep03-teaser-b', 'ep03-trailer-15s'].map(
				(id) => findKindOfId(id),
			),
		).toEqual(['header', 'teaser', 'trailer', 'trailer', 'teaser', 'trailer']);
		expect(
			['ep03', 'ep03-teaser-B', 'ep03-teaser-', 'header', 'ep3-teaser', 'ep03-teasers'].map((id) => findKindOfId(id)),
		).toEqual([null, null, null, null, null, null]);
	});
});

describe('render jobs', () => {
	const jobs = listCampaignAssets(campaign).map((asset) =>
		makeRenderJob({asset, campaign, assetsDir: SAMPLE_ASSETS, codeHash: 'c', backend: 'local', scale: 1}),
	);

	test('the sample campaign makes 57 jobs (38 assets, 19 variants), each through its kind composition', () => {
		expect(jobs).toHaveLength(57);
		expect(jobs.filter((j) => j.variant !== null).map((j) => j.id)).toHaveLength(19);
		expect(new Set(jobs.map((j) => j.compositionId))).toEqual(new Set(['Header', 'Teaser', 'Trailer']));
	});

	test('survive a JSON round trip unchanged and valid', () => {
		for (const job of jobs) expect(renderJobSchema.parse(JSON.parse(JSON.stringify(job)))).toEqual(job);
	});

	test('carry their captions, so the browser reads no subtitle file', () => {
		const teaser = jobs.find((j) => j.id === 'ep03-teaser')!;
		expect((teaser.inputProps.captions as unknown[]).length).toBeGreaterThan(3);
		const series = jobs.find((j) => j.id === 'series-trailer')!;
		const clips = (series.inputProps.scenes as {type: string; captions?: unknown[]}[]).filter((s) => s.type === 'clip');
		expect(clips.length).toBeGreaterThan(0);
		expect(clips.every((s) => Array.isArray(s.captions))).toBe(true);
	});

	test('list every file they read with its hash and size', () => {
		const teaser = jobs.find((j) => j.id === 'ep03-teaser')!;
		expect(teaser.media.map((m) => m.path)).toEqual([
			'fonts/anton-latin-400-normal.woff2',
			'fonts/inter-latin-400-normal.woff2',
			'fonts/inter-latin-800-normal.woff2',
			'footage/ep03.mp4',
			'subtitles/ep03.vtt',
		]);
		for (const file of teaser.media) {
			expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
			expect(file.bytes).toBeGreaterThan(0);
		}
	});
});
