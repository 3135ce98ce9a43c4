import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {LOCK_NAME, lockOutDir, OutDirLockedError} from '../src/files/lock-out-dir';
import {makeCampaignDir, PROJECT_DIR} from './helpers/make-campaign-dir';
import {runScript} from './helpers/run-cli';

const makeOut = () => path.join(mkdtempSync(path.join(tmpdir(), 'cites-lock-')), 'out');

/** A pid no process has any more: a child that already ended. */
const endedPid = () => spawnSync('true').pid!;

const holdLock = (out: string, holder: {pid: number; host?: string; startedAt?: string; command?: string}) => {
	const lockFile = path.join(out, LOCK_NAME);
	writeFileSync(
		lockFile,
		JSON.stringify({host: hostname(), startedAt: '2030-01-01T00:00:00.000Z', command: 'render', ...holder}),
	);
	return lockFile;
};

describe('the output folder lock', () => {
	test('a second taker is refused while the first holds it, and can take it once released', () => {
		const out = makeOut();
		const first = lockOutDir({outDir: out, command: 'render'});
		const lockFile = path.join(out, LOCK_NAME);
		expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
			pid: process.pid,
			host: hostname(),
			command: 'render',
		});
		expect(() => lockOutDir({outDir: out, command: 'render'})).toThrow(OutDirLockedError);
		first.release();
		expect(existsSync(lockFile)).toBe(false);
		const second = lockOutDir({outDir: out, command: 'render'});
		expect(second.tookOverFrom).toBeNull();
		second.release();
	});

	test.each([
		[
			'a live process on this host',
			() => ({pid: process.pid}),
			'another render (pid PID, started 2030-01-01T00:00:00.000Z) is writing to OUT/; wait for it or pass a different --out',
		],
		[
			'a process on another host (cannot be checked)',
			() => ({pid: endedPid(), host: 'ci-runner-7'}),
			'another render (pid PID on ci-runner-7, started 2030-01-01T00:00:00.000Z) is writing to OUT/; wait for it or pass a different --out; if it no longer runs on ci-runner-7, delete OUT/.render.lock',
		],
	])('held by %s: refused, with whose run it is and what to do', (_name, holderOf, message) => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release(); // Makes the folder.
		const holder = holderOf();
		const lockFile = holdLock(out, holder);
		const before = readFileSync(lockFile, 'utf8');
		expect(() => lockOutDir({outDir: out, command: 'render'})).toThrow(
			message.replaceAll('PID', String(holder.pid)).replaceAll('OUT', out),
		);
		expect(readFileSync(lockFile, 'utf8')).toBe(before);
	});

	test('a lock whose process has ended on this host is taken over, and said so', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		const pid = endedPid();
		const lockFile = holdLock(out, {pid});
		const lock = lockOutDir({outDir: out, command: 'render'});
		expect(lock.tookOverFrom).toMatchObject({pid, startedAt: '2030-01-01T00:00:00.000Z'});
		expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({pid: process.pid});
		lock.release();
	});

	test('an unreadable lock is held while fresh (its taker is writing it) and stale once old', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		const lockFile = path.join(out, LOCK_NAME);
		writeFileSync(lockFile, '');
		expect(() => lockOutDir({outDir: out, command: 'render'})).toThrow(
			`another run is writing to ${out}/; wait for it or pass a different --out`,
		);
		const aMinuteAgo = new Date(Date.now() - 60_000);
		utimesSync(lockFile, aMinuteAgo, aMinuteAgo);
		const lock = lockOutDir({outDir: out, command: 'render'});
		expect(lock.tookOverFrom).not.toBeNull();
		lock.release();
	});

	test('release leaves alone a lock that is no longer this run’s', () => {
		const out = makeOut();
		const lock = lockOutDir({outDir: out, command: 'render'});
		const lockFile = holdLock(out, {pid: 1, command: 'merge-shards'});
		lock.release();
		expect(existsSync(lockFile)).toBe(true);
	});
});

describe('npm run render and npm run merge-shards on a folder another run writes to', () => {
	const {file} = makeCampaignDir();
	const args = (out: string) => ['--campaign', file, '--only', 'ep04-header', '--out', out, '--scale', '0.25'];

	test('render exits 2 with the message, renders nothing and leaves the other run’s lock', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		// This test's process stands for the first render: alive, on this host.
		const lockFile = holdLock(out, {pid: process.pid});
		const result = runScript('render.ts', args(out));
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`error: another render (pid ${process.pid}, started 2030-01-01T00:00:00.000Z) is writing to ${out}/; wait for it or pass a different --out\n`,
		);
		expect(readFileSync(lockFile, 'utf8')).toContain(`"pid":${process.pid}`);
		expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
		expect(existsSync(path.join(out, 'ep04-header.mp4'))).toBe(false);
	});

	test('--dry-run takes no lock: it plans while another run renders', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		holdLock(out, {pid: process.pid});
		const result = runScript('render.ts', [...args(out), '--dry-run']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('1 to render');
	});

	test('a stale lock is taken over with a note, and released when the run fails', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		const pid = endedPid();
		const lockFile = holdLock(out, {pid});
		// A failure right after the lock is taken: no ffmpeg for the layered renderer (exit 2).
		const result = spawnSync(
			path.join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'),
			[path.join(PROJECT_DIR, 'scripts', 'render.ts'), ...args(out)],
			{
				cwd: PROJECT_DIR,
				encoding: 'utf8',
				env: {...process.env, NO_COLOR: '1', CITES_FFMPEG: path.join(out, 'no-ffmpeg-here')},
				timeout: 120_000,
			},
		);
		expect(result.stderr).toContain(
			`note: took over the lock of a run that ended without releasing it (pid ${pid}, started 2030-01-01T00:00:00.000Z)\n`,
		);
		expect(result.stderr).toContain('nothing was rendered');
		expect(result.status).toBe(2);
		expect(existsSync(lockFile)).toBe(false);
	});

	test('merge-shards exits 2 with the message and writes no manifest', () => {
		const out = makeOut();
		lockOutDir({outDir: out, command: 'render'}).release();
		holdLock(out, {pid: process.pid});
		const result = runScript('merge-shards.ts', ['--out', out, makeOut()]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`error: another render (pid ${process.pid}, started 2030-01-01T00:00:00.000Z) is writing to ${out}/; wait for it or pass a different --out\n`,
		);
		expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
	});
});
