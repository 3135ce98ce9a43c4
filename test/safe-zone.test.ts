import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {findSafeZoneViolations} from '../src/specs/find-safe-zone-violations';
import {type CliIo, runRenderCli} from '../src/cli/run-render-cli';
import {makeCampaignDir} from './helpers/make-campaign-dir';

describe('findSafeZoneViolations', () => {
	test.each([
		{box: {left: 90, top: 250, right: 900, bottom: 1420}, expected: []},
		{box: {left: 90.4, top: 300, right: 899.6, bottom: 1420.4}, expected: []},
		{box: {left: 60, top: 300, right: 800, bottom: 400}, expected: ['left 60 < 90']},
		{
			box: {left: 100, top: 120, right: 960, bottom: 1500},
			expected: ['right 960 > 900', 'top 120 < 250', 'bottom 1500 > 1420'],
		},
	])('$box', ({box, expected}) => {
		const violations = findSafeZoneViolations([{name: 'title', ...box}]);
		expect(violations.flatMap((v) => v.edges)).toEqual(expected);
	});
});

describe('the safe zone is enforced in real renders', () => {
	test('a header whose text spills out of the safe zone fails, naming the element and the frame', async () => {
		const {file} = makeCampaignDir({
			edit: (c) => {
				// A place detail long enough to push the column past the bottom of the safe zone.
				c.episodes[0]!.city = 'Villejuif '.repeat(40).trim();
				return c;
			},
		});
		const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
		let stdout = '';
		const io: CliIo = {stdout: (t) => void (stdout += t), stderr: () => undefined, isTty: false};
		const status = await runRenderCli(
			['--campaign', file, '--only', 'ep01-header', '--out', out, '--scale', '0.25'],
			io,
			{
				onInterrupt: () => undefined,
			},
		);
		expect(status).toBe(1);
		expect(stdout).toMatch(/FAILED ep01-header: .*leaves the TikTok safe zone at frame \d+ \((top|bottom) /);
	});
});
