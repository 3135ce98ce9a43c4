import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {type ManifestEntry, mergeManifest, writeManifest} from '../src/plan/manifest';
import {mergeShards} from '../src/plan/merge-shards';
import {runMergeShardsCli} from '../src/cli/run-merge-shards-cli';

const entry = (id: string, renderedAt: string): ManifestEntry => ({
	id,
	kind: 'header',
	episode: 1,
	status: 'rendered',
	file: `${id}.mp4`,
	cover: `${id}.jpg`,
	durationInSeconds: 4,
	bytes: 3,
	fileHash: 'h',
	contentKey: 'k',
	inputs: {},
	scale: 1,
	backend: 'local',
	qc: {passed: true, checks: []},
	error: null,
	renderedAt,
	renderSeconds: 1,
});

const shard = (root: string, name: string, entries: ManifestEntry[]) => {
	const dir = path.join(root, name);
	mkdirSync(dir);
	for (const e of entries) {
		writeFileSync(path.join(dir, e.file), name);
		writeFileSync(path.join(dir, e.cover!), name);
	}
	writeManifest(dir, mergeManifest(null, {campaign: 'c.json', timeZone: 'Europe/Paris'}, entries));
	return dir;
};

describe('mergeShards', () => {
	test('gathers every shard into one folder and one manifest', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'cites-shards-'));
		const a = shard(root, 'a', [entry('ep01-header', '2026-01-01'), entry('ep02-header', '2026-01-01')]);
		const b = shard(root, 'b', [entry('series-header', '2026-01-02')]);
		const out = path.join(root, 'out');
		const {manifest, missing} = mergeShards({out, shards: [a, b]});
		expect(missing).toEqual([]);
		expect(manifest.assets.map((x) => x.id)).toEqual(['ep01-header', 'ep02-header', 'series-header']);
		expect(readdirSync(out).sort()).toEqual([
			'ep01-header.jpg',
			'ep01-header.mp4',
			'ep02-header.jpg',
			'ep02-header.mp4',
			'manifest.json',
			'series-header.jpg',
			'series-header.mp4',
		]);
	});

	test('names a shard without a manifest', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'cites-shards-'));
		mkdirSync(path.join(root, 'empty'));
		expect(mergeShards({out: path.join(root, 'out'), shards: [path.join(root, 'empty')]}).missing).toEqual([
			`${path.join(root, 'empty')}: no manifest.json`,
		]);
	});

	test('npm run merge-shards also writes the review page of the merged folder, as the workflow says', async () => {
		const root = mkdtempSync(path.join(tmpdir(), 'cites-shards-'));
		const a = shard(root, 'a', [entry('ep01-header', '2026-01-01')]);
		const b = shard(root, 'b', [entry('series-header', '2026-01-02')]);
		const out = path.join(root, 'out');
		let stdout = '';
		const status = await runMergeShardsCli(['--out', out, a, b], {
			stdout: (t) => void (stdout += t),
			stderr: () => undefined,
		});
		expect(status).toBe(0);
		expect(stdout).toContain(`Review page: ${path.join(out, 'index.html')}`);
		const page = readFileSync(path.join(out, 'index.html'), 'utf8');
		expect(page).toContain('data-id="ep01-header"');
		expect(page).toContain('data-id="series-header"');
	});

	test('npm run merge-shards without --out exits 2 with the usage', async () => {
		let stderr = '';
		const status = await runMergeShardsCli(['shards/shard-1'], {
			stdout: () => undefined,
			stderr: (t) => void (stderr += t),
		});
		expect(status).toBe(2);
		expect(stderr).toMatch(/give --out[\s\S]*Usage: npm run merge-shards/);
	});
});
