import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type BenchAsset, formatBenchAsset, formatBenchTable} from '../src/cli/format-bench-table';
import {runRenderCli} from '../src/cli/run-render-cli';
import {compareVideos} from '../src/media/compare-videos';
import type {ManifestEntry} from '../src/plan/manifest';

/**
 * The two local renderers side by side, in one run on this machine: every asset rendered
 * (forced, cold) by the reference renderer, then by the layered one; per asset both times;
 * with --compare, SSIM over every frame and whether the sound is identical; per kind the
 * table the README's performance section shows; peak memory and temporary disk.
 * Usage: npm run bench -- [--compare] [--all | --only ep01-header,ep01-teaser] [--concurrency N] [--scale S]
 */
const args = process.argv.slice(2);
const value = (name: string) => {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? undefined : args[index + 1];
};
const compare = args.includes('--compare');
const only = args.includes('--all') ? null : (value('only') ?? 'ep01-header,ep01-teaser,ep01-trailer');
const extra = [
	...(value('concurrency') ? ['--concurrency', value('concurrency')!] : []),
	...(value('scale') ? ['--scale', value('scale')!] : []),
];

/** Peak resident memory of the whole render (node, Chrome, ffmpeg) and of the layered renderer's work files. */
const startSampler = () => {
	let memory = 0;
	let disk = 0;
	const sizeOf = (dir: string): number =>
		readdirSync(dir, {withFileTypes: true}).reduce((total, entry) => {
			const full = path.join(dir, entry.name);
			try {
				return total + (entry.isDirectory() ? sizeOf(full) : statSync(full).size);
			} catch {
				return total;
			}
		}, 0);
	const timer = setInterval(() => {
		try {
			const rss = execFileSync('ps', ['-eo', 'rss=,comm='], {encoding: 'utf8'})
				.split('\n')
				.filter((line) => /chrom|ffmpeg|node/.test(line))
				.reduce((total, line) => total + Number(line.trim().split(/\s+/)[0] ?? 0) * 1024, 0);
			memory = Math.max(memory, rss);
			const work = readdirSync(tmpdir())
				.filter((name) => name.startsWith('cites-layers-'))
				.reduce((total, name) => total + sizeOf(path.join(tmpdir(), name)), 0);
			disk = Math.max(disk, work);
		} catch {
			// A folder removed while measured: the next sample counts it.
		}
	}, 500);
	return {stop: () => (clearInterval(timer), {memory, disk})};
};

const render = async (renderer: string, out: string) => {
	let json = '';
	const io = {
		stdout: (text: string) => void (json += text),
		stderr: (t: string) => void process.stderr.write(t),
		isTty: false,
	};
	const sampler = startSampler();
	const started = Date.now();
	const code = await runRenderCli(
		[...(only ? ['--only', only] : []), '--out', out, '--force', '--json', '--renderer', renderer, ...extra],
		io,
		{onInterrupt: () => undefined},
	);
	const wall = (Date.now() - started) / 1000;
	const peaks = sampler.stop();
	const result = JSON.parse(json) as {
		assets: {id: string; kind: string; durationInFrames: number; capturedFrames: number}[];
		results: ManifestEntry[];
	};
	return {code, wall, peaks, result};
};

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const dirs = {
	reference: mkdtempSync(path.join(tmpdir(), 'cites-bench-ref-')),
	layered: mkdtempSync(path.join(tmpdir(), 'cites-bench-lay-')),
};
try {
	const reference = await render('reference', dirs.reference);
	const layered = await render('layered', dirs.layered);
	const assets: BenchAsset[] = [];
	for (const planned of layered.result.assets) {
		const ref = reference.result.results.find((e) => e.id === planned.id);
		const lay = layered.result.results.find((e) => e.id === planned.id);
		if (!ref?.renderSeconds || !lay?.renderSeconds) {
			console.log(`${planned.id}: not rendered both ways (${ref?.status ?? 'missing'} / ${lay?.status ?? 'missing'})`);
			continue;
		}
		const comparison = compare
			? await compareVideos(path.join(dirs.layered, lay.file), path.join(dirs.reference, ref.file))
			: null;
		const asset: BenchAsset = {
			id: planned.id,
			kind: planned.kind,
			frames: planned.durationInFrames,
			captured: lay.capturedFrames ?? planned.capturedFrames,
			referenceSeconds: ref.renderSeconds,
			layeredSeconds: lay.renderSeconds,
			ssimMean: comparison?.ssimMean ?? null,
			ssimMin: comparison?.ssimMin ?? null,
			audioIdentical: comparison?.audioIdentical ?? null,
			sameQc: ref.qc.passed === lay.qc.passed,
		};
		assets.push(asset);
		console.log(formatBenchAsset(asset));
	}
	console.log(`\n${formatBenchTable(assets)}\n`);
	for (const [name, run] of [
		['reference', reference],
		['layered', layered],
	] as const) {
		console.log(
			`${name}: ${run.wall.toFixed(0)} s wall (bundle, browser, loudness, QC included), exit ${run.code}, peak memory ${gb(run.peaks.memory)}, peak work files ${gb(run.peaks.disk)}`,
		);
	}
} finally {
	rmSync(dirs.reference, {recursive: true, force: true});
	rmSync(dirs.layered, {recursive: true, force: true});
}
