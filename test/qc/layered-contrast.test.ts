import {expect, test} from 'vitest';
import {runCheckCli} from '../../src/cli/run-check-cli';
import {makeCampaignDir} from '../helpers/make-campaign-dir';

test('npm run check -- --contrast catches text whose colour is close to the backdrop, and only that text', async () => {
	// The brand's text colour a few shades above its background: the title and place name,
	// drawn in it, sink into the backdrop; the release line, in the accent colour, does not.
	const {file} = makeCampaignDir({
		edit: (campaign) => ({
			...campaign,
			brand: {...campaign.brand, colors: {...campaign.brand.colors, text: '#3A4652'}},
		}),
	});
	let stdout = '';
	let stderr = '';
	const status = await runCheckCli(['--contrast', '--only', 'ep01-header', '--scale', '0.5', '--campaign', file], {
		stdout: (t) => void (stdout += t),
		stderr: (t) => void (stderr += t),
	});
	expect(stderr).toBe('');
	expect(status).toBe(1);
	expect(stdout).toMatch(/^FAIL ep01-header +lowest 1\.\d:1 \(/m);
	const under = [...stdout.matchAll(/^ {5}(\S+) at [\d.]+ s: ([\d.]+):1, under 4\.5:1/gm)].map((m) => m[1]);
	expect(under).toContain('title');
	expect(under).not.toContain('release');
	expect(stdout).toMatch(/1 asset, \d+ text elements measured .*; 1 asset under 4\.5:1/);
});
