import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Manifest} from '../src/plan/manifest';
import {runRenderCli} from '../src/cli/run-render-cli';

/**
 * Frames per second at 1080×1920, our figure of merit: renders a few assets of the sample
 * campaign for real (forced) at each concurrency and prints one line per asset.
 * Usage: npm run bench -- [--only ep01-header,ep01-teaser] [--concurrency 1,2]
 */
const arg = (name: string, fallback: string) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
};
const only = arg('only', 'ep01-header,ep01-teaser,ep01-trailer');
const concurrencies = arg('concurrency', '1,2').split(',');
const quiet = {stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t), isTty: false};

for (const concurrency of concurrencies) {
	const out = mkdtempSync(path.join(tmpdir(), 'cites-bench-'));
	const started = Date.now();
	const code = await runRenderCli(['--only', only, '--out', out, '--force', '--concurrency', concurrency], quiet, {
		onInterrupt: () => undefined,
	});
	const wall = (Date.now() - started) / 1000;
	const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
	for (const entry of manifest.assets) {
		const frames = Math.round((entry.durationInSeconds ?? 0) * 30);
		const fps = entry.renderSeconds ? frames / entry.renderSeconds : 0;
		console.log(
			`concurrency ${concurrency}  ${entry.id.padEnd(16)} ${String(frames).padStart(5)} frames  ${entry.renderSeconds?.toFixed(1).padStart(6)} s  ${fps.toFixed(1).padStart(5)} fps  QC ${entry.qc.passed ? 'ok' : 'FAILED'}`,
		);
	}
	console.log(
		`concurrency ${concurrency}  run: ${wall.toFixed(1)} s wall (bundle, browser, render, loudness, QC), exit ${code}`,
	);
	rmSync(out, {recursive: true, force: true});
}
