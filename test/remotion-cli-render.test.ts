import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {PROJECT_DIR, SAMPLE_CAMPAIGN} from './helpers/make-campaign-dir';
import {probe} from './helpers/probe';
import {runRender} from './helpers/run-render';

/** The options line x264 writes into the stream it encodes ("x264 - core … - options: …"). */
const getX264Settings = (file: Buffer): string => {
	const start = file.indexOf('options: ');
	return start === -1 ? '' : file.subarray(start, file.indexOf(0, start)).toString('latin1');
};

describe('npx remotion render <id> encodes as the batch does (quarter scale)', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-cli-'));
	let cli: ReturnType<typeof spawnSync>;
	let batch: Awaited<ReturnType<typeof runRender>>;

	beforeAll(async () => {
		cli = spawnSync(
			path.join(PROJECT_DIR, 'node_modules', '.bin', 'remotion'),
			['render', 'ep02-header', path.join(dir, 'cli.mp4'), '--scale', '0.25', '--frames', '0-29', '--log', 'error'],
			{cwd: PROJECT_DIR, encoding: 'utf8', timeout: 240_000, env: {...process.env, NO_COLOR: '1'}},
		);
		batch = await runRender(['--campaign', SAMPLE_CAMPAIGN, '--only', 'ep02-header', '--scale', '0.25', '--out', dir]);
	});

	test('both succeed', () => {
		expect(cli.stderr).toBe('');
		expect(cli.status).toBe(0);
		expect(batch.status).toBe(0);
	});

	test('x264 wrote the same settings into both files (CRF 20, veryfast preset), and neither has sound', async () => {
		const cliFile = path.join(dir, 'cli.mp4');
		const batchFile = path.join(dir, 'ep02-header.mp4');
		const fromCli = getX264Settings(readFileSync(cliFile));
		expect(fromCli).toMatch(/ crf=20\.0 /);
		expect(fromCli).toMatch(/ subme=2 /); // what x264's veryfast preset sets
		expect(fromCli).toBe(getX264Settings(readFileSync(batchFile)));
		for (const file of [cliFile, batchFile]) {
			const {streams} = await probe(file);
			expect(streams).toHaveLength(1);
			expect(streams[0]).toMatchObject({pix_fmt: 'yuv420p', color_space: 'bt709', color_range: 'tv', width: 270});
		}
	});
});
