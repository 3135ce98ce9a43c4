import {describe, expect, test} from 'vitest';
import {type CampaignProblem} from '../../src/campaign/campaign-error';
import {type Campaign} from '../../src/campaign/campaign-schema';
import {checkCampaignText, readCampaign} from '../../src/campaign/read-campaign';
import {listCampaignAssets} from '../../src/kinds/list-campaign-assets';
import {makeRenderJob} from '../../src/plan/make-render-job';
import {explainCutDowns} from '../../src/plan/explain-cut-downs';
import type {Manifest} from '../../src/plan/manifest';
import {planRender} from '../../src/plan/plan-render';
import {shardPlan} from '../../src/plan/shard-plan';
import {readSampleCampaign, SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';

const {campaign} = readCampaign(SAMPLE_CAMPAIGN);
if (!campaign) throw new Error('the sample campaign does not read');

/** The plan's jobs for some assets of a campaign, as a render would make them (no render). */
const jobsOf = (c: Campaign, ids: readonly string[]) =>
	listCampaignAssets(c)
		.filter((asset) => ids.includes(asset.id))
		.map((asset) =>
			makeRenderJob({asset, campaign: c, assetsDir: SAMPLE_ASSETS, codeHash: 'c', backend: 'local', scale: 0.5}),
		);

const EP03 = ['ep03-teaser', 'ep03-teaser-15s', 'ep03-teaser-b', 'ep03-trailer', 'ep03-trailer-15s'];

/** The campaign with one change, checked as a file would be. */
const edited = (edit: (c: any) => void): Campaign => {
	const raw = readSampleCampaign() as any;
	edit(raw);
	const reading = checkCampaignText({file: 'c.json', text: JSON.stringify(raw), checkFiles: () => []});
	if (!reading.campaign) throw new Error(reading.problems.map((p) => p.message).join('\n'));
	return reading.campaign;
};

describe('variants are assets', () => {
	test('with readable ids after their asset, a 15 s cut-down for every teaser', () => {
		const ids = listCampaignAssets(campaign).map((a) => a.id);
		expect(ids.filter((id) => /^ep0[137]-/.test(id))).toEqual([
			'ep01-header',
			'ep01-teaser',
			'ep01-teaser-15s',
			'ep01-teaser-b',
			'ep01-trailer',
			'ep01-trailer-b',
			...EP03.slice(0, 3).flatMap((id) => (id === 'ep03-teaser' ? ['ep03-header', id] : [id])),
			...EP03.slice(3),
			'ep07-header',
			'ep07-teaser',
			'ep07-teaser-15s',
			'ep07-teaser-9s',
			'ep07-trailer',
			'ep07-trailer-b',
			'ep07-trailer-15s',
		]);
		expect(campaign.episodes.every((e) => ids.includes(`ep${String(e.number).padStart(2, '0')}-teaser-15s`))).toBe(
			true,
		);
	});

	test('ids and content keys are the same from one run to the next, and differ between variants', () => {
		const first = jobsOf(campaign, EP03);
		const again = jobsOf(readCampaign(SAMPLE_CAMPAIGN).campaign!, EP03);
		expect(again.map((j) => [j.id, j.contentKey])).toEqual(first.map((j) => [j.id, j.contentKey]));
		expect(new Set(first.map((j) => j.contentKey)).size).toBe(EP03.length);
		expect(first.map((j) => j.variant)).toEqual([null, '15s', 'b', null, '15s']);
	});

	test("a variant's overrides reach its props, and nothing else changes", () => {
		const [teaser, , b] = jobsOf(campaign, EP03);
		expect(b!.inputProps.captionStyle).toEqual({...(teaser!.inputProps.captionStyle as object), fontSize: 72});
		expect(b!.inputProps.segments).toEqual(campaign.episodes[2]!.teaser.variants![1]!.segments);
		const without = (props: Record<string, unknown>) =>
			Object.fromEntries(
				Object.entries(props).filter(([key]) => !['segments', 'captions', 'captionStyle'].includes(key)),
			);
		expect(without(b!.inputProps)).toEqual(without(teaser!.inputProps));
		const [, trailerB] = jobsOf(campaign, ['ep07-trailer', 'ep07-trailer-b']);
		const scenes = trailerB!.inputProps.scenes as {type: string; text?: string; headline?: string}[];
		expect(scenes.find((s) => s.type === 'hook')!.text).toBe('Un micro, deux rappeurs, zéro excuse.');
		expect(scenes.find((s) => s.type === 'cta')!.headline).toBe('Choisis ton camp en commentaire');
	});

	test('editing one variant re-plans only it, and says why', () => {
		const before = jobsOf(campaign, EP03);
		const manifest: Manifest = {
			version: 2,
			campaign: 'c.json',
			timeZone: 'Europe/Paris',
			updatedAt: '2027-01-01T00:00:00Z',
			assets: before.map((job) => ({
				id: job.id,
				kind: job.kind,
				episode: job.episode,
				status: 'rendered',
				file: `${job.id}.mp4`,
				cover: null,
				durationInSeconds: job.durationInFrames / 30,
				bytes: 1,
				fileHash: null,
				contentKey: job.contentKey,
				inputs: job.contentKeyInputs,
				scale: 0.5,
				backend: 'local',
				qc: {passed: true, checks: []},
				error: null,
				renderedAt: '2027-01-01T00:00:00Z',
				renderSeconds: 1,
			})),
		};
		const after = jobsOf(
			edited((c) => (c.episodes[2].teaser.variants[1].segments[0].startMs = 7400)),
			EP03,
		);
		const plan = planRender({jobs: after, manifest, outputExists: () => true, force: false});
		expect(plan.filter((j) => j.action === 'render').map((j) => [j.id, j.reason])).toEqual([
			['ep03-teaser-b', 'changed: props'],
		]);
	});

	test('shards split variants like any asset', () => {
		const jobs = jobsOf(campaign, EP03);
		const slices = [1, 2].map((index) => shardPlan(jobs, {index, count: 2}).map((j) => j.id));
		expect(slices.flat().sort()).toEqual([...EP03].sort());
		expect(slices.every((slice) => slice.length > 0)).toBe(true);
	});
});

describe('a wrong variant is refused with its path, its value and the fix', () => {
	const problemsOf = (edit: (c: any) => void): Pick<CampaignProblem, 'path' | 'value' | 'message'>[] => {
		const raw = readSampleCampaign() as any;
		edit(raw);
		return checkCampaignText({file: 'c.json', text: JSON.stringify(raw), checkFiles: () => []}).problems.map(
			({path, value, message}) => ({path, value, message}),
		);
	};

	test.each([
		{
			what: 'a variant that overrides nothing',
			edit: (c: any) => (c.episodes[0].teaser.variants = [{name: 'b'}]),
			expected: {
				path: 'episodes[0].teaser.variants[0]',
				value: {name: 'b'},
				message:
					'overrides nothing; give it at least one of segments, targetSeconds, captionStyle, or remove the variant',
			},
		},
		{
			what: 'an unknown field',
			edit: (c: any) => (c.episodes[2].trailer.variants = [{name: 'b', hok: 'Salut'}]),
			expected: {
				path: 'episodes[2].trailer.variants[0]',
				value: undefined,
				message: 'has unknown field "hok"; check the spelling or remove it',
			},
		},
		{
			what: 'two variants of one name',
			edit: (c: any) => c.episodes[2].teaser.variants.push({name: '15s', targetSeconds: 12}),
			expected: {
				path: 'episodes[2].teaser.variants[2].name',
				value: '15s',
				message: 'repeats variants[0].name; give every variant its own name',
			},
		},
		{
			what: 'a name that cannot end an id',
			edit: (c: any) => (c.episodes[2].teaser.variants[1].name = 'Hook B'),
			expected: {
				path: 'episodes[2].teaser.variants[1].name',
				value: 'Hook B',
				message:
					'is not a variant name; use lowercase letters, digits and "-", e.g. "b" or "15s" (it ends the asset id)',
			},
		},
		{
			what: 'a trailer cut-down under its slot',
			edit: (c: any) => (c.episodes[2].trailer.variants[0].targetSeconds = 9),
			expected: {
				path: 'episodes[2].trailer.variants[0].targetSeconds',
				value: 9,
				message: 'is under 15 s, the shortest episode trailer; give 15–30',
			},
		},
		{
			what: "a variant's cut too short for a teaser",
			edit: (c: any) => (c.episodes[2].teaser.variants[1].segments = [{startMs: 0, endMs: 3000}]),
			expected: {
				path: 'episodes[2].teaser.variants[1].segments',
				value: '3 s in all',
				message: 'add up to 3 s; a teaser lasts 5–60 s (TikTok In-Feed): move the in/out points',
			},
		},
	])('$what', ({edit, expected}) => {
		expect(problemsOf(edit)).toEqual([expected]);
	});

	test('a cut-down that cannot reach its slot in whole phrases, named at its targetSeconds', () => {
		const c = edited((raw) => (raw.episodes[2].teaser.variants[0].targetSeconds = 5));
		const {problems} = explainCutDowns({file: 'c.json', assetsDir: SAMPLE_ASSETS, campaign: c});
		expect(problems).toEqual([
			{
				file: 'c.json',
				path: 'episodes[2].teaser.variants[0].targetSeconds',
				value: 5,
				message: 'only 3.6 s of whole phrases fit in 5 s, under the 5 s a teaser lasts (In-Feed); raise targetSeconds',
				severity: 'error',
			},
		]);
	});
});
