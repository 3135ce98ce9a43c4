import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {createLocalBackend} from '../src/backends/local/local-backend';
import {runJobs} from '../src/cli/run-jobs';
import {renderJobSchema} from '../src/kinds/render-job';
import {KINDS} from '../src/kinds/registry';
import {readManifest} from '../src/plan/manifest';
import {preparePlan} from '../src/plan/prepare-plan';
import {checkAssetOutput} from '../src/qc/check-asset-output';
import {makeCampaignDir} from './helpers/make-campaign-dir';
import {posterKind} from './helpers/poster-kind';

describe('a render job is complete on its own: planned, written as JSON, read back and rendered', () => {
	const {dir, file} = makeCampaignDir();
	const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
	const jobFile = path.join(mkdtempSync(path.join(tmpdir(), 'cites-job-')), 'ep04-header.job.json');

	beforeAll(async () => {
		const {plan} = await preparePlan({
			campaign: file,
			out,
			episodes: null,
			kinds: null,
			only: ['ep04-header'],
			force: false,
			shard: null,
			scale: 0.25,
			backend: 'local:layered',
		});
		// The job as any machine would get it: without this run's plan decision.
		writeFileSync(
			jobFile,
			JSON.stringify(plan[0]!, (key, value: unknown) => (key === 'action' || key === 'reason' ? undefined : value)),
		);
		// Nothing of the campaign file is needed from here on: only the job and the assets folder.
		const read = renderJobSchema.parse(JSON.parse(readFileSync(jobFile, 'utf8')));
		await runJobs({
			campaign: {campaign: jobFile, timeZone: 'Europe/Paris'},
			plan: [{...read, action: 'render', reason: 'from JSON'}],
			outDir: out,
			backend: createLocalBackend({assetsDir: dir, concurrency: null}),
			reporter: {start: () => undefined, frames: () => undefined, retry: () => undefined, done: () => undefined},
			interrupt: {requested: false, cancelCurrent: () => undefined},
		});
	});

	test('the local backend renders it and QC passes', () => {
		const entry = readManifest(out)?.assets.find((a) => a.id === 'ep04-header');
		expect(entry).toMatchObject({
			status: 'rendered',
			backend: 'local:layered',
			file: 'ep04-header.mp4',
			cover: 'ep04-header.jpg',
		});
		expect(entry?.error).toBeNull();
		expect(entry?.qc.passed).toBe(true);
	});

	test("QC reads the kind's slot from the registry: the same file fails a kind whose slot is shorter", async () => {
		const video = path.join(out, 'ep04-header.mp4');
		const asHeader = await checkAssetOutput({kind: 'header', video, cover: null, scale: 0.25});
		const asPoster = await checkAssetOutput({
			kind: 'poster',
			kinds: {...KINDS, poster: posterKind},
			video,
			cover: null,
			scale: 0.25,
		});
		expect(asHeader.passed).toBe(true);
		expect(asPoster.checks.filter((c) => !c.passed).map((c) => `${c.rule}: ${c.limit}`)).toEqual([
			expect.stringMatching(/^duration: .*3/),
		]);
	});
});
