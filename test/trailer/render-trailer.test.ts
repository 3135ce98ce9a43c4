import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {getPropsTimeline} from '../../src/kinds/trailer/get-props-timeline';
import {KINDS} from '../../src/kinds/registry';
import {readCampaign} from '../../src/campaign/read-campaign';
import {compareVideos, type VideoComparison} from '../../src/media/compare-videos';
import {runFfmpeg} from '../../src/media/run-ffmpeg';
import {readManifest} from '../../src/plan/manifest';
import {runRender as run} from '../helpers/run-render';
import {makeCampaignDir} from '../helpers/make-campaign-dir';
import {probe} from '../helpers/probe';

describe('rendering an episode trailer and a teaser for real, quarter scale, with sound, with both renderers', () => {
	const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
	// One 3.2 s clip: the shortest trailer there is, held to the slot's 15 s by its end card.
	const {file} = makeCampaignDir({
		withMedia: true,
		// A 5 s teaser rides along: the layered renderer is compared with the reference on both kinds with footage.
		edit: (c) => {
			c.episodes[0]!.trailer = {hook: 'Un banc, des poèmes.', clips: [{startMs: 7730, endMs: 10900}]};
			c.episodes[0]!.teaser = {
				segments: [
					{startMs: 0, endMs: 3000},
					{startMs: 14803, endMs: 16803},
				],
			};
			return c;
		},
	});
	const referenceOut = mkdtempSync(path.join(tmpdir(), 'cites-ref-'));
	const IDS = ['ep01-teaser', 'ep01-trailer'];
	let result: Awaited<ReturnType<typeof run>>;
	const comparisons = new Map<string, VideoComparison>();

	beforeAll(async () => {
		const common = ['--campaign', file, '--only', IDS.join(','), '--scale', '0.25'];
		result = await run([...common, '--out', out]);
		await run([...common, '--out', referenceOut, '--renderer', 'reference']);
		for (const id of IDS) {
			comparisons.set(id, await compareVideos(path.join(out, `${id}.mp4`), path.join(referenceOut, `${id}.mp4`)));
		}
	}, 600_000);

	test('the layered renderer (the default) captures a fraction of the frames in Chrome, and says so', () => {
		const [, teaser, trailer] = /teaser (\d+)\/150, trailer (\d+)\/450/.exec(result.stdout) ?? [];
		expect(Number(teaser)).toBeLessThan(150 / 2);
		expect(Number(trailer)).toBeLessThan(450 / 2);
	});

	// At a quarter of the size a pixel of difference on a band's edge or a glyph weighs 16
	// times more than at full size, so the bars are lower than the bench's full-size ones
	// (mean ≥ 0.98, min ≥ 0.95), and still far above a frame out of place (0.6 to 0.8).
	test.each(IDS)(
		'%s: as the reference renderer draws it (SSIM mean ≥ 0.97, min ≥ 0.9), the same sound and QC',
		async (id) => {
			const comparison = comparisons.get(id)!;
			expect(comparison.ssimMean).toBeGreaterThanOrEqual(0.97);
			expect(comparison.ssimMin).toBeGreaterThanOrEqual(0.9);
			expect(comparison.audioIdentical).toBe(true);
			const entry = (dir: string) => readManifest(dir)?.assets.find((a) => a.id === id);
			expect(entry(out)).toMatchObject({backend: 'local:layered', qc: {passed: true}});
			expect(entry(referenceOut)).toMatchObject({
				backend: 'local',
				qc: {passed: true},
				capturedFrames: comparison.frames,
			});
		},
	);

	test('renders through the CLI, passes QC and exits 0', () => {
		expect(result.stderr).not.toMatch(/error|FAILED/i);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/ep01-trailer: ep01-trailer\.mp4, 15\.\d\d s, .* QC ok/);
		expect(result.stdout).toMatch(/ep01-teaser: ep01-teaser\.mp4, 5\.\d\d s, .* QC ok/);
	});

	test('the MP4 has H.264 video and AAC stereo sound, and lasts what the timeline computed', async () => {
		const {campaign} = readCampaign(file);
		const props = KINDS.trailer.getProps(campaign!, campaign!.episodes[0]!);
		const expectedSeconds = getPropsTimeline(props).durationInFrames / 30;
		expect(expectedSeconds).toBe(15);

		const {streams, duration} = await probe(path.join(out, 'ep01-trailer.mp4'));
		expect(streams.find((s) => s.codec_type === 'video')).toMatchObject({codec_name: 'h264', width: 270, height: 480});
		expect(streams.find((s) => s.codec_type === 'audio')).toMatchObject({codec_name: 'aac'});
		expect(duration).toBeGreaterThanOrEqual(expectedSeconds - 1 / 30);
		expect(duration).toBeLessThanOrEqual(expectedSeconds + 0.1);
	});

	test('the sound is not silent, and the music is down under the clip', async () => {
		// RMS of the hook card (music alone) and of a pause between two lines of the clip
		// (ducked music alone): about 9.0–9.3 s of ep01's footage is silent, which is
		// 2.1 + (9.08 − 7.73) ≈ 3.45 s on the trailer's timeline (the clip starts at 2.1 s).
		const rmsDb = async (startSeconds: number, seconds: number) => {
			// Remotion's ffmpeg has no volumedetect: decode to samples and measure them here.
			const {stdout} = await runFfmpeg([
				'-v',
				'error',
				'-ss',
				String(startSeconds),
				'-t',
				String(seconds),
				'-i',
				path.join(out, 'ep01-trailer.mp4'),
				'-vn',
				'-ac',
				'1',
				'-c:a',
				'pcm_s16le',
				'-f',
				'wav',
				'-',
			]);
			// Piped WAV: the samples follow the "data" chunk header.
			const data = stdout.indexOf('data', 12, 'latin1') + 8;
			const bytes = stdout.subarray(data);
			const samples = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~1)));
			const meanSquare = samples.reduce((sum, s) => sum + (s / 32768) ** 2, 0) / Math.max(1, samples.length);
			return 10 * Math.log10(meanSquare);
		};
		const music = await rmsDb(0.5, 1);
		const ducked = await rmsDb(3.45, 0.2);
		expect(music).toBeGreaterThan(-30);
		expect(music - ducked).toBeGreaterThan(9);
	});

	test('the manifest records the trailer with its QC', () => {
		const entry = readManifest(out)?.assets.find((a) => a.id === 'ep01-trailer');
		expect(entry).toMatchObject({id: 'ep01-trailer', kind: 'trailer', episode: 1, qc: {passed: true}});
	});
});
