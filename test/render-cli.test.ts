import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {makeCampaignDir} from './helpers/make-campaign-dir';
import {runScript} from './helpers/run-cli';

describe('npm run render, as a user runs it', () => {
	test('a campaign with an unsafe path exits 2, says why, and writes nothing', () => {
		const {file} = makeCampaignDir({
			edit: (c) => {
				c.episodes[0]!.footage = '../../etc/passwd.mp4';
				c.music = '/tmp/bed.m4a';
				return c;
			},
		});
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'cites-out-')), 'out');
		// Headers only: the stand-in footage and subtitles are empty files, which a teaser would report too.
		const result = runScript('render.ts', ['--campaign', file, '--out', out, '--kinds', 'header']);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('The campaign has 2 problems; nothing was rendered:');
		expect(result.stderr).toContain(`${file}:62:2: music = "/tmp/bed.m4a": is an absolute path`);
		expect(result.stderr).toContain(`${file}:85:4: episodes[0].footage = "../../etc/passwd.mp4": climbs out with ".."`);
		expect(existsSync(out)).toBe(false);
	});

	test('a bad flag exits 2 with the usage', () => {
		const result = runScript('render.ts', ['--kinds', 'poster']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('error: --kinds: unknown kind "poster"; use header, teaser, trailer\n');
	});

	test('--dry-run --json prints exactly one JSON plan on stdout', () => {
		const {file} = makeCampaignDir();
		const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
		const result = runScript('render.ts', [
			'--campaign',
			file,
			'--out',
			out,
			'--kinds',
			'header',
			'--dry-run',
			'--json',
		]);
		expect(result.status).toBe(0);
		const plan = JSON.parse(result.stdout);
		expect(plan.assets).toHaveLength(13);
		expect(plan.assets[0]).toMatchObject({
			id: 'series-header',
			kind: 'header',
			episode: null,
			action: 'render',
			reason: 'not rendered yet',
		});
	});
});
