import {describe, expect, test} from 'vitest';
import {parseRenderArgs} from '../src/cli/parse-render-args';

describe('parseRenderArgs', () => {
	test('reads every option of the contract', () => {
		const parsed = parseRenderArgs([
			'--campaign',
			'c.json',
			'--episodes',
			'1,3-5',
			'--kinds',
			'header,teaser',
			'--only',
			'series-header',
			'--out',
			'dist',
			'--dry-run',
			'--json',
			'--force',
			'--shard',
			'2/3',
			'--concurrency',
			'2',
			'--scale',
			'0.5',
			'--backend',
			'lambda',
			'--contrast',
		]);
		expect(parsed).toEqual({
			ok: true,
			options: {
				campaign: 'c.json',
				episodes: [1, 3, 4, 5],
				kinds: ['header', 'teaser'],
				only: ['series-header'],
				out: 'dist',
				dryRun: true,
				json: true,
				force: true,
				shard: {index: 2, count: 3},
				concurrency: 2,
				scale: 0.5,
				backend: 'lambda',
				renderer: 'layered',
				contrast: true,
			},
		});
	});

	test('defaults to the sample campaign, every asset, out/', () => {
		const parsed = parseRenderArgs([]);
		expect(parsed.ok && parsed.options).toMatchObject({
			campaign: 'assets/cites.campaign.json',
			episodes: null,
			kinds: null,
			only: null,
			out: 'out',
			scale: 1,
			backend: 'local',
			renderer: 'layered',
		});
	});

	test('--renderer: layered or reference, on this machine only', () => {
		expect(parseRenderArgs(['--renderer', 'reference'])).toMatchObject({ok: true, options: {renderer: 'reference'}});
		expect(parseRenderArgs(['--renderer', 'fast'])).toEqual({
			ok: false,
			errors: ['--renderer: "fast" is not a renderer; use layered or reference'],
		});
		expect(parseRenderArgs(['--backend', 'lambda', '--renderer', 'layered'])).toEqual({
			ok: false,
			errors: ['--renderer: chooses how this machine renders; drop it with --backend lambda'],
		});
	});

	test('reports every bad flag value at once', () => {
		expect(
			parseRenderArgs([
				'--episodes',
				'3-1,x',
				'--kinds',
				'poster',
				'--shard',
				'4/3',
				'--concurrency',
				'0',
				'--scale',
				'2',
				'--backend',
				'gcp',
			]),
		).toEqual({
			ok: false,
			errors: [
				'--episodes: range "3-1" runs backwards; write it as 1-3',
				'--kinds: unknown kind "poster"; use header, teaser, trailer',
				'--shard: "4/3" is not K/N with 1 ≤ K ≤ N; write e.g. --shard 2/3',
				'--concurrency: "0" is not a whole number ≥ 1',
				'--scale: "2" must be a number above 0 and at most 1, e.g. 0.25',
				'--backend: "gcp" is not a backend; use local or lambda',
			],
		});
	});

	test('refuses an unknown flag with the usage', () => {
		const parsed = parseRenderArgs(['--episode', '3']);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.errors[0]).toMatch(/Unknown option '--episode'[\s\S]*Usage: npm run render/);
	});
});
