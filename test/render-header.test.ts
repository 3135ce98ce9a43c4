import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {runRender as run} from './helpers/run-render';
import {makeCampaignDir} from './helpers/make-campaign-dir';
import {probe} from './helpers/probe';

describe('rendering a header for real (half scale)', () => {
	const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
	const {file} = makeCampaignDir({edit: (c) => ((c.episodes[1]!.title = 'Le Dernier Cours'), c)});
	let first: Awaited<ReturnType<typeof run>>;

	beforeAll(async () => {
		first = await run(['--campaign', file, '--only', 'ep02-header', '--out', out, '--scale', '0.5']);
	});

	test('writes the MP4, its cover and the manifest, and exits 0', () => {
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/ep02-header: ep02-header\.mp4 \+ ep02-header\.jpg, 4\.00 s, .* QC ok/);
		expect(readdirSync(out).sort()).toEqual([
			'ep02-header.jpg',
			'ep02-header.mp4',
			'index.html',
			'manifest.json',
			'posting.csv',
			'posting.json',
			'review',
		]);
	});

	test('the MP4 is H.264 yuv420p BT.709, 30 fps, 4 s, with no audio stream', async () => {
		const {streams, duration} = await probe(path.join(out, 'ep02-header.mp4'));
		expect(streams).toHaveLength(1);
		expect(streams[0]).toMatchObject({
			codec_type: 'video',
			codec_name: 'h264',
			width: 540,
			height: 960,
			pix_fmt: 'yuv420p',
			color_space: 'bt709',
			color_range: 'tv',
			r_frame_rate: '30/1',
		});
		expect(duration).toBeCloseTo(4, 1);
	});

	test('the cover is a JPEG of the same frame size', async () => {
		const {streams} = await probe(path.join(out, 'ep02-header.jpg'));
		expect(streams[0]).toMatchObject({codec_name: 'mjpeg', width: 540, height: 960});
		expect(statSync(path.join(out, 'ep02-header.jpg')).size).toBeLessThan(500_000);
	});

	test('the manifest records the asset with its QC result', () => {
		const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
		expect(manifest.assets).toHaveLength(1);
		expect(manifest.assets[0]).toMatchObject({
			id: 'ep02-header',
			kind: 'header',
			episode: 2,
			status: 'rendered',
			file: 'ep02-header.mp4',
			cover: 'ep02-header.jpg',
			qc: {passed: true},
		});
		expect(manifest.assets[0].qc.checks.map((c: {rule: string}) => c.rule)).toEqual(
			expect.arrayContaining([
				'frame size',
				'frame rate',
				'no audio',
				'file size',
				'cover file size',
				'faststart',
				'text contrast (WCAG AA)',
			]),
		);
	});

	test('a second run finds it up to date and renders nothing', async () => {
		const second = await run([
			'--campaign',
			file,
			'--only',
			'ep02-header',
			'--out',
			out,
			'--scale',
			'0.5',
			'--dry-run',
			'--json',
		]);
		expect(second.status).toBe(0);
		expect(JSON.parse(second.stdout)).toMatchObject({
			assets: [{id: 'ep02-header', action: 'skip', reason: 'up to date'}],
		});
	});
});
