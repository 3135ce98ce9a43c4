import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {runCheckCli} from '../../src/cli/run-check-cli';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {makeCampaignDir, SAMPLE_ASSETS} from '../helpers/make-campaign-dir';
import {runScript} from '../helpers/run-cli';

/** The sample campaign with broken files in place of five of its files (the sound of ep03 taken out). */
let campaign: {dir: string; file: string};
beforeAll(() => {
	campaign = makeCampaignDir({withMedia: true});
	const whole = readFileSync(path.join(SAMPLE_ASSETS, 'footage/ep02.mp4'));
	writeFileSync(path.join(campaign.dir, 'footage/ep02.mp4'), whole.subarray(0, Math.floor(whole.length * 0.3)));
	const silent = spawnSync(findSystemFfmpeg(), [
		...['-v', 'error', '-y', '-i', path.join(SAMPLE_ASSETS, 'footage/ep03.mp4')],
		...['-an', '-c', 'copy', path.join(campaign.dir, 'footage/ep03.mp4')],
	]);
	expect(silent.status).toBe(0);
	writeFileSync(path.join(campaign.dir, 'footage/ep04.mp4'), 'not a video');
	writeFileSync(path.join(campaign.dir, 'music/bed.m4a'), 'not a sound');
	writeFileSync(path.join(campaign.dir, 'fonts/inter-latin-800-normal.woff2'), 'not a font');
});

describe('broken media is refused before anything renders', () => {
	test('npm run check names each file, its field and the fix, and exits 2', async () => {
		let stderr = '';
		const code = await runCheckCli(['--campaign', campaign.file], {
			stdout: () => undefined,
			stderr: (t) => void (stderr += t),
		});
		expect(code).toBe(2);
		const errors = stderr
			.split('\n')
			.filter((line) => line.startsWith('error: '))
			.map((line) => line.replace(campaign.file, 'campaign.json').replace(/:\d+:\d+:/, ':'));
		expect(errors).toEqual([
			expect.stringMatching(
				/^error: campaign.json: brand\.fonts\.\w+\.file = "fonts\/inter-latin-800-normal.woff2": is not a font \(.+\); point at a \.woff2, \.woff, \.ttf or \.otf font file$/,
			),
			expect.stringMatching(
				/^error: campaign.json: episodes\[1\]\.footage = "footage\/ep02.mp4": cannot be read to the end \(.+\); export or copy the file again, whole$/,
			),
			`error: campaign.json: episodes[2].footage = "footage/ep03.mp4": has no sound, and the teaser and trailer play the footage's sound; export it with its audio track`,
			`error: campaign.json: episodes[3].footage = "footage/ep04.mp4": cannot be read to the end (Invalid data found when processing input); export or copy the file again, whole`,
			`error: campaign.json: music = "music/bed.m4a": cannot be read as audio (Invalid data found when processing input); point at a whole audio file (.m4a, .mp3, .wav)`,
		]);
	});

	test('npm run render refuses the music bed that is no sound, exits 2 and writes nothing', () => {
		const out = path.join(campaign.dir, 'out');
		const fine = makeCampaignDir({withMedia: true});
		writeFileSync(path.join(fine.dir, 'music/bed.m4a'), 'not a sound');
		const result = runScript('render.ts', ['--campaign', fine.file, '--out', out, '--only', 'ep01-trailer']);
		expect(result.status).toBe(2);
		expect(result.stderr + result.stdout).toContain(
			'music = "music/bed.m4a": cannot be read as audio (Invalid data found when processing input); point at a whole audio file (.m4a, .mp3, .wav)',
		);
		expect(existsSync(out)).toBe(false);
	});
});
