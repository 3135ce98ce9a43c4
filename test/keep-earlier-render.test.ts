import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test, vi} from 'vitest';
import type {Backend} from '../src/backends/backend';
import {type CliIo, runRenderCli} from '../src/cli/run-render-cli';
import type {CampaignInput} from '../src/campaign/campaign-schema';
import {LOCK_NAME} from '../src/files/lock-out-dir';
import {type ManifestEntry, readManifest} from '../src/plan/manifest';
import {runFfmpeg} from '../src/media/run-ffmpeg';
import {makeCampaignDir} from './helpers/make-campaign-dir';

/** The backend the render CLI gets: the real local one, unless a test puts a stand-in here. */
const stand = vi.hoisted(() => ({backend: null as Backend | null}));

vi.mock('../src/backends/local/local-backend', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../src/backends/local/local-backend')>();
	return {
		createLocalBackend: (options: Parameters<typeof actual.createLocalBackend>[0]) =>
			stand.backend ?? actual.createLocalBackend(options),
	};
});

/** A backend whose render does `render`; counts its calls. */
const standIn = (render: Backend['render']) => {
	const calls: string[] = [];
	const backend: Backend = {
		id: 'local:layered',
		open: async () => undefined,
		render: (job, target, callbacks) => {
			calls.push(job.id);
			return render(job, target, callbacks);
		},
		recover: async () => undefined,
		close: async () => undefined,
	};
	return {backend, calls};
};

/** What Ctrl-C does to `npm run render`: the handler the CLI hands to scripts/render.ts. */
const ctrlC = {press: () => undefined as void};

/** The render CLI in this process, with a stand-in backend if given. */
const render = async (args: string[], backend: Backend | null = null) => {
	let stdout = '';
	let stderr = '';
	const io: CliIo = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false};
	stand.backend = backend;
	try {
		const status = await runRenderCli(args, io, {onInterrupt: (handler) => void (ctrlC.press = handler)});
		return {status, stdout, stderr};
	} finally {
		stand.backend = null;
	}
};

describe('a failed, interrupted or out-of-space re-render keeps the earlier render', () => {
	const {file} = makeCampaignDir();
	const out = path.join(mkdtempSync(path.join(tmpdir(), 'cites-out-')), 'out');
	const args = ['--campaign', file, '--only', 'ep04-header', '--out', out, '--scale', '0.25'];
	const video = path.join(out, 'ep04-header.mp4');
	const cover = path.join(out, 'ep04-header.jpg');
	let good: {video: Buffer; cover: Buffer; entry: ManifestEntry};
	const entryNow = () => readManifest(out)?.assets.find((a) => a.id === 'ep04-header');
	const leftovers = () => readdirSync(out).filter((name) => name.includes('.partial') || name === LOCK_NAME);

	beforeAll(async () => {
		const first = await render(args);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		good = {video: readFileSync(video), cover: readFileSync(cover), entry: entryNow()!};
		// The editor changes episode 4's title: its header's content key changes.
		const campaign = JSON.parse(readFileSync(file, 'utf8')) as CampaignInput;
		campaign.episodes[3]!.title = 'Silence, on réécrit';
		writeFileSync(file, JSON.stringify(campaign, null, '\t'));
	}, 240_000);

	const expectEarlierRenderKept = () => {
		expect(readFileSync(video).equals(good.video)).toBe(true);
		expect(readFileSync(cover).equals(good.cover)).toBe(true);
		expect(leftovers()).toEqual([]);
	};

	test('a render that fails twice: exit 1, the earlier file and entry stay, the failure is noted', async () => {
		const {backend, calls} = standIn(async (_job, target) => {
			writeFileSync(target.video, 'half a video');
			if (target.cover) writeFileSync(target.cover, 'half a cover');
			throw new Error('Target closed: the browser crashed');
		});
		const result = await render(args, backend);
		expect(result.status).toBe(1);
		expect(calls).toEqual(['ep04-header', 'ep04-header']);
		expect(result.stdout).toContain(
			'  FAILED ep04-header: Target closed: the browser crashed; the earlier render ep04-header.mp4 is kept\n',
		);
		expectEarlierRenderKept();
		const entry = entryNow()!;
		expect(entry).toEqual({
			...good.entry,
			lastFailure: {
				contentKey: expect.not.stringMatching(good.entry.contentKey),
				error: 'Target closed: the browser crashed',
				failedAt: expect.any(String),
			},
		});
		// Still out of date: the next run tries again.
		const plan = await render([...args, '--dry-run']);
		expect(plan.stdout).toContain('render ep04-header');
		expect(plan.stdout).toMatch(/changed: .*props/);
	});

	test('a render that fails QC does not replace one that passed: exit 1, the failure is noted', async () => {
		// A complete video, but at the wrong size for --scale 0.25.
		const {backend} = standIn(async (_job, target) => {
			await runFfmpeg(['-y', '-i', video, '-vf', 'scale=200:356', '-c:a', 'copy', path.resolve(target.video)]);
			if (target.cover) copyFileSync(cover, target.cover);
			return {capturedFrames: null};
		});
		const result = await render(args, backend);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(
			/ {2}FAILED ep04-header: QC failed: .*; the earlier render ep04-header.mp4 is kept\n/,
		);
		expectEarlierRenderKept();
		expect(entryNow()).toEqual({
			...good.entry,
			lastFailure: {
				contentKey: expect.not.stringMatching(good.entry.contentKey),
				error: expect.stringMatching(/^QC failed: .*200×356/),
				failedAt: expect.any(String),
			},
		});
	});

	test('Ctrl-C mid-render: exit 130, the earlier file and entry stay as they were', async () => {
		const {backend} = standIn(
			(_job, target, callbacks) =>
				new Promise((_resolve, reject) => {
					writeFileSync(target.video, 'a third of a video');
					callbacks.registerCancel(() => reject(new Error('renderMedia() got cancelled')));
					setTimeout(() => ctrlC.press(), 50);
				}),
		);
		const before = entryNow();
		const result = await render(args, backend);
		expect(result.status).toBe(130);
		expect(result.stdout).toContain('Interrupted: 0 of 1 done; no partial file left.');
		expectEarlierRenderKept();
		expect(entryNow()).toEqual(before);
	});

	test('a full disk (ffmpeg says so): one clear line, exit 1, no retry, no partial file, the manifest as it was', async () => {
		const {backend, calls} = standIn(async (_job, target) => {
			writeFileSync(target.video, 'the start of a video');
			throw new Error(
				'ffmpeg failed (exit 1): [out#0/mp4 @ 0x5581] Error writing trailer: No space left on device\nConversion failed!',
			);
		});
		const before = entryNow();
		const result = await render(args, backend);
		expect(result.status).toBe(1);
		expect(calls).toEqual(['ep04-header']);
		expect(result.stderr).toMatch(
			new RegExp(
				`^error: out of disk space writing ${out}/ep04-header\\.mp4: free some space \\(the run needs about \\d+ MB more\\) and run again; finished outputs are kept\\n$`,
			),
		);
		expect(result.stdout).not.toContain('FAILED');
		expectEarlierRenderKept();
		expect(entryNow()).toEqual(before);
	});

	test('a full disk after one asset is done: that one is kept and listed, the next leaves nothing', async () => {
		const {backend, calls} = standIn(async (job, target) => {
			if (job.id === 'ep04-header') {
				copyFileSync(video, target.video);
				if (target.cover) copyFileSync(cover, target.cover);
				return {capturedFrames: null};
			}
			writeFileSync(target.video, 'the start of a video');
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', path: target.video});
		});
		const result = await render(
			['--campaign', file, '--only', 'ep04-header,ep05-header', '--out', out, '--scale', '0.25'],
			backend,
		);
		expect(calls).toEqual(['ep04-header', 'ep05-header']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			new RegExp(
				`^error: out of disk space writing ${out}/ep05-header\\.mp4: free some space \\(the run needs about \\d+ MB more\\)`,
			),
		);
		const manifest = readManifest(out)!;
		expect(manifest.assets.map((a) => [a.id, a.status])).toEqual([['ep04-header', 'rendered']]);
		expect(manifest.assets[0]!.contentKey).not.toBe(good.entry.contentKey);
		expect(manifest.assets[0]!.lastFailure).toBeUndefined();
		expect(readdirSync(out).filter((name) => name.includes('ep05'))).toEqual([]);
		expect(leftovers()).toEqual([]);
	});
});
