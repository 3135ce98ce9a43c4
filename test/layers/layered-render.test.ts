import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import type {CampaignInput} from '../../src/campaign/campaign-schema';
import {compareVideos, type VideoComparison} from '../../src/media/compare-videos';
import {readManifest} from '../../src/plan/manifest';
import {makeCampaignDir} from '../helpers/make-campaign-dir';
import {runScript} from '../helpers/run-cli';

/** Episode 1 cut short: a 5 s teaser and a trailer with two 1 s clips, so both renderers run in seconds. */
const shorten = (campaign: CampaignInput) => {
	const episode = campaign.episodes[0]!;
	episode.teaser = {
		segments: [
			{startMs: 0, endMs: 3000},
			{startMs: 14803, endMs: 16803},
		],
	};
	episode.trailer = {
		...episode.trailer,
		clips: [
			{startMs: 7730, endMs: 8730},
			{startMs: 22680, endMs: 23680},
		],
	};
	return campaign;
};

const IDS = ['ep01-header', 'ep01-teaser', 'ep01-trailer'];

describe('the layered renderer makes the pictures the reference renderer makes', () => {
	const {file} = makeCampaignDir({edit: shorten, withMedia: true});
	const out = {
		reference: mkdtempSync(path.join(tmpdir(), 'cites-ref-')),
		layered: mkdtempSync(path.join(tmpdir(), 'cites-lay-')),
	};
	const comparisons = new Map<string, VideoComparison>();
	let layeredStdout = '';

	beforeAll(async () => {
		for (const renderer of ['reference', 'layered'] as const) {
			const run = runScript('render.ts', [
				...['--campaign', file, '--only', IDS.join(','), '--scale', '0.25'],
				...['--out', out[renderer], '--renderer', renderer],
			]);
			expect(run.status, run.stderr).toBe(0);
			if (renderer === 'layered') layeredStdout = run.stdout;
		}
		for (const id of IDS) {
			comparisons.set(
				id,
				await compareVideos(path.join(out.layered, `${id}.mp4`), path.join(out.reference, `${id}.mp4`)),
			);
		}
	});

	test('Chrome captured a fraction of the frames, and the summary says how many', () => {
		expect(layeredStdout).toMatch(
			/Chrome captured\/output frames \(layered\): header \d+\/120, teaser \d+\/150, trailer \d+\/\d+/,
		);
		const [, header, teaser] = /header (\d+)\/120, teaser (\d+)\/150/.exec(layeredStdout)!;
		expect(Number(header)).toBeLessThan(120);
		expect(Number(teaser)).toBeLessThan(75);
	});

	test.each(IDS)('%s: SSIM mean ≥ 0.98 and min ≥ 0.95 over every frame, the same sound', (id) => {
		const comparison = comparisons.get(id)!;
		expect(comparison.ssimMean).toBeGreaterThanOrEqual(0.98);
		expect(comparison.ssimMin).toBeGreaterThanOrEqual(0.95);
		expect(comparison.audioIdentical).toBe(id === 'ep01-header' ? null : true);
	});

	test('the same QC verdicts, and the manifest says which renderer made each file', () => {
		const verdicts = (dir: string) => readManifest(dir)?.assets.map((a) => [a.id, a.qc.passed, a.backend]);
		expect(verdicts(out.layered)).toEqual(IDS.map((id) => [id, true, 'local:layered']));
		expect(verdicts(out.reference)).toEqual(IDS.map((id) => [id, true, 'local']));
	});
});
