import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {parseRenderArgs} from '../../src/cli/parse-render-args';
import {runProxiesCli} from '../../src/cli/run-proxies-cli';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {preparePlan} from '../../src/plan/prepare-plan';
import {PROXY_INDEX} from '../../src/specs/footage-proxy';
import {makeCampaignDir, SAMPLE_ASSETS} from '../helpers/make-campaign-dir';

/** The sample campaign with episode 1 shot in ProRes (a copy of its footage), which Chrome cannot decode. */
let campaign: {dir: string; file: string};
beforeAll(() => {
	campaign = makeCampaignDir({
		withMedia: true,
		edit: (c) => {
			c.episodes[0]!.footage = 'footage/ep01.mov';
			return c;
		},
	});
	const made = spawnSync(findSystemFfmpeg(), [
		...['-v', 'error', '-y', '-i', path.join(SAMPLE_ASSETS, 'footage', 'ep01.mp4')],
		...['-vf', 'scale=180:320', '-c:v', 'prores_ks', '-profile:v', '0', '-c:a', 'pcm_s16le'],
		path.join(campaign.dir, 'footage', 'ep01.mov'),
	]);
	expect(made.status).toBe(0);
}, 60_000);

const plan = async () => {
	const made: string[] = [];
	const args = parseRenderArgs([
		'--campaign',
		campaign.file,
		'--out',
		path.join(campaign.dir, 'out'),
		'--only',
		'ep01-teaser',
	]);
	if (!args.ok) throw new Error(args.errors.join('\n'));
	const prepared = await preparePlan({...args.options, backend: 'local', onMakeProxy: (source) => made.push(source)});
	return {job: prepared.plan[0]!, made};
};

describe('footage Chrome cannot decode is rendered from its proxy', () => {
	test('the render job reads the proxy, made once: the second plan finds it, with the same key', async () => {
		const first = await plan();
		expect(first.made).toEqual(['footage/ep01.mov']);
		const proxy = (first.job.inputProps as {footage: string}).footage;
		expect(proxy).toMatch(/^\.proxies\/[0-9a-f]{16}-[0-9a-f]{8}\.mp4$/);
		expect(first.job.media.map((m) => m.path)).toContain(proxy);
		const second = await plan();
		expect(second.made).toEqual([]);
		expect(second.job.contentKey).toBe(first.job.contentKey);
	}, 120_000);

	test('npm run proxies makes what Studio needs and notes it in the proxy index', async () => {
		let stdout = '';
		const code = await runProxiesCli(['--campaign', campaign.file], {
			stdout: (t) => void (stdout += t),
			stderr: () => undefined,
		});
		expect(code).toBe(0);
		expect(stdout).toBe('1 footage file previewed through a proxy.\n');
		const index = JSON.parse(readFileSync(path.join(campaign.dir, PROXY_INDEX), 'utf8'));
		expect(Object.keys(index)).toEqual(['footage/ep01.mov']);
		expect(index['footage/ep01.mov']).toMatch(/^\.proxies\/[0-9a-f]{16}-[0-9a-f]{8}\.mp4$/);
	});
});
