import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {getPropsTimeline} from '../../src/kinds/trailer/get-props-timeline';
import {KINDS} from '../../src/kinds/registry';
import {readCampaign} from '../../src/campaign/read-campaign';
import {runFfmpeg} from '../../src/media/run-ffmpeg';
import {runRender as run} from '../helpers/run-render';
import {makeCampaignDir} from '../helpers/make-campaign-dir';
import {probe} from '../helpers/probe';

describe('rendering an episode trailer for real (quarter scale, with sound)', () => {
	const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
	// One 3.2 s clip: the shortest trailer there is, held to the slot's 15 s by its end card.
	const {file} = makeCampaignDir({
		withMedia: true,
		edit: (c) => ((c.episodes[0]!.trailer = {hook: 'Un banc, des poèmes.', clips: [{startMs: 7730, endMs: 10900}]}), c),
	});
	let result: Awaited<ReturnType<typeof run>>;

	beforeAll(async () => {
		result = await run(['--campaign', file, '--only', 'ep01-trailer', '--out', out, '--scale', '0.25']);
	}, 600_000);

	test('renders through the CLI, passes QC and exits 0', () => {
		expect(result.stderr).not.toMatch(/error|FAILED/i);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/ep01-trailer: ep01-trailer\.mp4, 15\.\d\d s, .* QC ok/);
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
		const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
		expect(manifest.assets[0]).toMatchObject({id: 'ep01-trailer', kind: 'trailer', episode: 1, qc: {passed: true}});
	});
});
