import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCheckCli} from '../src/cli/run-check-cli';
import {makeCampaignDir} from './helpers/make-campaign-dir';

const run = async (argv: string[]) => {
	let stdout = '';
	let stderr = '';
	const code = await runCheckCli(argv, {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t)});
	return {code, stdout, stderr};
};

type Report = {
	episodes: Array<{
		id: string;
		pages: Array<{
			lines: string[];
			startMs: number;
			sourceStartMs: number;
			words: Array<{text: string; startMs: number}>;
		}>;
		totals: {pages: number; orphanPages: number; forbiddenBreaks: number};
	}>;
	totals: {pages: number; orphanPages: number; forbiddenBreaks: number; unbalancedPages: number; shortPages: number};
};

describe('npm run check -- --captions', () => {
	// One campaign folder for the cases that do not change it (the footage is never read here).
	const sample = makeCampaignDir({withMedia: true});
	// Edited campaigns sit next to the sample one and share its files (the font is read once).
	const edited = (name: string, edit: (campaign: any) => void) => {
		const campaign = JSON.parse(readFileSync(sample.file, 'utf8'));
		edit(campaign);
		const file = path.join(sample.dir, `${name}.json`);
		writeFileSync(file, JSON.stringify(campaign, null, '\t'));
		return {file};
	};

	test('prints each page of ep03’s teaser: times on the teaser and in the source, lines, chars/s, the words lit', async () => {
		const {code, stdout} = await run(['--campaign', sample.file, '--captions', 'ep03']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toMatch(/^ep03-teaser \(subtitles\/ep03\.\w+\): \d+ pages, 0 orphan pages, 0 forbidden breaks, /);
		expect(lines[1]).toMatch(
			/^ {3}1 {2}0:00\.400–0:0\d\.\d{3} {2}\(source 0:00\.400–0:0\d\.\d{3}\) {2}cue 1 {2}\d+\.\d chars\/s$/,
		);
		expect(lines.slice(2, 5)).toEqual([
			'        │ Les platanes font',
			'        │ de l’ombre,',
			expect.stringMatching(
				/^ {8}words: Les 0\.40 · platanes \d\.\d\d · font \d\.\d\d · de \d\.\d\d · l’ombre, \d\.\d\d$/,
			),
		]);
		// The second segment of the teaser starts at 15.026 s of the source.
		expect(stdout).toMatch(/\(source 0:15\.\d{3}–/);
	});

	test('--json for every teaser of the sample campaign: zero orphan pages, zero forbidden breaks', async () => {
		const {code, stdout} = await run(['--campaign', sample.file, '--captions', 'all', '--json']);
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as Report;
		expect(report.episodes.map((e) => e.id)).toHaveLength(12);
		expect(report.totals).toMatchObject({orphanPages: 0, forbiddenBreaks: 0, unbalancedPages: 0, shortPages: 0});
		expect(report.totals.pages).toBeGreaterThan(60);
		const ep03 = report.episodes.find((e) => e.id === 'ep03-teaser');
		expect(ep03?.pages[0]).toMatchObject({
			lines: ['Les platanes font', 'de l’ombre,'],
			startMs: 400,
			sourceStartMs: 400,
		});
		expect(ep03?.pages[0]?.words[0]).toEqual({text: 'Les', startMs: 400, endMs: expect.any(Number)});
		for (const episode of report.episodes) {
			for (const page of episode.pages) {
				// No page is one word of a longer cue.
				if (page.words.length === 1) expect(page.words[0]?.text).toMatch(/^\S+$/);
			}
		}
	});

	test('a campaign override forces a page at a word', async () => {
		const {file} = edited('forced', (c) => {
			c.episodes[2].captions = {overrides: [{cue: 2, breaks: [{word: 'je', break: 'page'}]}]};
		});
		const {code, stdout} = await run(['--campaign', file, '--captions', '3', '--json']);
		expect(code).toBe(0);
		const pages = (JSON.parse(stdout) as Report).episodes[0]?.pages.map((p) => p.lines.join(' / '));
		expect(pages).toContain('Mets la musique,');
		expect(pages?.some((p) => p.startsWith('je reprends'))).toBe(true);
	});

	test('a break at a word the cue does not have, or a wrong episode: every error, named, exit 2', async () => {
		const {file} = edited('wrong', (c) => {
			c.episodes[2].captions = {
				overrides: [
					{cue: 2, breaks: [{word: 'chorégraphy', break: 'page'}]},
					{cue: 3, breaks: [{word: 'Ça', break: 'none'}]},
				],
			};
		});
		const result = await run(['--campaign', file, '--captions', 'ep03,ep14']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		const errors = result.stderr
			.split('\n')
			.filter((line) => line.startsWith('error: '))
			.map((line) => line.replace(file, 'campaign.json'));
		expect(errors).toEqual([
			'error: campaign.json: --captions names episode 14, not in the campaign; use one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 or "all"',
			'error: campaign.json: episodes[2].captions.overrides[0].breaks[0].word = "chorégraphy": is not a word of this cue; write one of: mets, la, musique, je, reprends, chorégraphie, du, début',
			'error: campaign.json: episodes[2].captions.overrides[1].breaks[0].position = "before": puts the break before "Ça", the cue\'s first word, where a page always breaks; write "after" or name another word',
		]);
	});

	test('a bad --captions value is a usage error', async () => {
		const result = await run(['--campaign', sample.file, '--captions', 'trois']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"trois" is not an episode number or range; write e.g. --captions 1,3-5');
		expect(result.stderr).toContain('Usage: npm run check -- --captions ep03|3|1,3-5|all [--json] [--campaign FILE]');
	});
});
