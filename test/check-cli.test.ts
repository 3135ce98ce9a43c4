import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCheckCli} from '../src/cli/run-check-cli';
import {makeCampaignDir} from './helpers/make-campaign-dir';

const check = async (file: string) => {
	let stdout = '';
	let stderr = '';
	const code = await runCheckCli(['--campaign', file], {
		stdout: (t) => void (stdout += t),
		stderr: (t) => void (stderr += t),
	});
	const lines = stderr
		.split('\n')
		.filter((line) => line.startsWith('error: '))
		.map((line) => line.replace(file, 'campaign.json'));
	return {code, stdout, stderr, errors: lines};
};

describe('npm run check', () => {
	test('the sample campaign is ready to render, with its caption warnings listed', async () => {
		const {file} = makeCampaignDir({withMedia: true});
		const result = await check(file);
		expect(result.code).toBe(0);
		expect(result.errors).toEqual([]);
		expect(result.stdout).toContain('12 episodes, 57 assets, ready to render.');
		expect(result.stderr).toMatch(/^warning: .*episodes\[\d+\]\.subtitles cue \d+: reading-speed: /m);
		// The caption pages of every teaser and trailer, counted on one line, with their flaws as warnings.
		const summary =
			/^caption pages of 44 assets \((\d+) in 27 teasers, (\d+) in 17 trailers\): (\d+) pages, 0 orphan pages, 0 forbidden breaks, 0 unbalanced, (\d+) under 833 ms, (\d+) over 17 chars\/s$/m.exec(
				result.stdout,
			);
		expect(summary).not.toBeNull();
		const [teaserPages, trailerPages, pages, shortPages, fastPages] = summary!.slice(1).map(Number);
		expect(pages).toBe(trailerPages! + teaserPages!);
		const warnings = result.stderr.split('\n').flatMap((line) => {
			const match = /^warning: .*: episodes\[\d+\]\.captions\.overrides: (\S+(?: clip \d+)?): (.*)$/.exec(line);
			return match ? [{name: match[1]!, text: match[2]!}] : [];
		});
		const names = warnings.map((w) => w.name);
		const texts = warnings.map((w) => w.text);
		// One line per asset (per clip of a trailer), each flawed page on it with its time, cue and fix.
		expect(new Set(names).size).toBe(names.length);
		const count = (pattern: RegExp) => texts.reduce((n, t) => n + Number(pattern.exec(t)?.[1] ?? 0), 0);
		expect(count(/(\d+) pages? over 17 chars\/s at /)).toBe(fastPages);
		expect(count(/(\d+) pages? under 833 ms: /)).toBe(shortPages);
		expect(fastPages).toBeGreaterThan(0);
		expect(texts[names.indexOf('ep03-teaser')]).toMatch(
			/^\d+ pages over 17 chars\/s at 0:00\.400 \(cue 1, \d+\.\d chars\/s\), .*: shorten the text of cues 1, .* or move a page break .*a later "endMs"$/,
		);
		expect(names).toContain('ep03-trailer clip 2');
	});

	test('schema, footage and subtitle problems of different episodes come out in one run', async () => {
		const {dir, file} = makeCampaignDir({
			withMedia: true,
			edit: (c: any) => {
				c.episodes[6].titel = c.episodes[6].title;
				delete c.episodes[6].title;
				// Valid for the schema (20 s in all), but the footage is about 30 s long.
				c.episodes[2].teaser.segments = [
					{startMs: 0, endMs: 8000},
					{startMs: 88000, endMs: 100000},
				];
				return c;
			},
		});
		writeFileSync(path.join(dir, 'subtitles', 'ep05.vtt'), '1\nnot a timing line\nBonjour\n');
		const result = await check(file);
		expect(result.code).toBe(2);
		expect(result.errors).toEqual([
			'error: campaign.json:481:3: episodes[6].title: is missing; add it (a string)',
			'error: campaign.json:559:4: episodes[6]: has unknown field "titel"; check the spelling or remove it',
			expect.stringMatching(
				/^error: campaign\.json: episodes\[2\]\.teaser\.segments = "out at 100000 ms": goes past the end of footage\/ep03\.mp4 \(\d+ ms\); move the out point inside the footage$/,
			),
			expect.stringMatching(/^error: .*\/subtitles\/ep05\.vtt:1: episodes\[4\]\.subtitles: no-cues: /),
		]);
	});
});
