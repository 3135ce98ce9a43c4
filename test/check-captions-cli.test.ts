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

type Totals = {
	pages: number;
	orphanPages: number;
	forbiddenBreaks: number;
	unbalancedPages: number;
	shortPages: number;
	overSpeedPages: number;
};
type Page = {
	cue: number;
	lines: string[];
	startMs: number;
	sourceStartMs: number;
	words: Array<{text: string; startMs: number}>;
	flaws: Array<{rule: string; message: string; fix: string}>;
};
type Report = {
	episodes: Array<{id: string; pages: Page[]; totals: Totals}>;
	assets: Array<{
		id: string;
		kind: string;
		episode: number | null;
		cuts: Array<{
			clip: string | null;
			subtitles: string;
			overrides: string;
			startMs: number;
			pages: Page[];
			totals: Totals;
		}>;
		totals: Totals;
	}>;
	totals: Totals;
};

const sum = (all: readonly Totals[], key: keyof Totals) => all.reduce((n, t) => n + t[key], 0);

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
	// `--captions all --json` of the sample, run once for the tests that read it.
	let allRun: ReturnType<typeof run> | undefined;
	const all = () => (allRun ??= run(['--campaign', sample.file, '--captions', 'all', '--json']));

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
		// Then its variants, then the trailer's clips, each at its place on the trailer.
		const heads = lines.filter((line) => /^ep03-/.test(line)).map((line) => line.replace(/: \d+ pages?, .*/, ''));
		expect(heads).toEqual([
			'ep03-teaser (subtitles/ep03.vtt)',
			'ep03-teaser-15s (subtitles/ep03.vtt)',
			'ep03-teaser-b (subtitles/ep03.vtt)',
			expect.stringMatching(/^ep03-trailer clip 1 at 0:0\d\.\d{3} \(subtitles\/ep03\.vtt\)$/),
			expect.stringMatching(/^ep03-trailer clip 2 at 0:\d\d\.\d{3} \(subtitles\/ep03\.vtt\)$/),
			expect.stringMatching(/^ep03-trailer-15s clip 1 at /),
			expect.stringMatching(/^ep03-trailer-15s clip 2 at /),
		]);
		expect(lines.at(-3)).toMatch(/^all 2 trailers: \d+ pages, 0 orphan pages, 0 forbidden breaks, /);
		expect(lines.at(-2)).toMatch(/^all 5 assets: \d+ pages, 0 orphan pages, 0 forbidden breaks, /);
	});

	test('a trailer clip is paged as the teaser pages the same words, on the trailer’s timeline', async () => {
		const report = JSON.parse((await all()).stdout) as Report;
		const pagesOf = (id: string) => report.assets.find((a) => a.id === id)?.cuts ?? [];
		const [teaser] = pagesOf('ep03-teaser');
		const clips = pagesOf('ep03-trailer');
		expect(clips.map((c) => c.clip)).toEqual(['clip 1', 'clip 2']);
		// The second clip (source 18.480–25.870) starts with cue 6, which ends the teaser.
		const clip = clips[1]!;
		const inTeaser = teaser?.pages.find((p) => p.cue === 6);
		const inTrailer = clip.pages.find((p) => p.cue === 6);
		expect(inTrailer?.lines).toEqual(inTeaser?.lines);
		expect(inTrailer?.sourceStartMs).toBeCloseTo(inTeaser?.sourceStartMs ?? -1, -2);
		// On the trailer: the clip's start there plus the time into the clip (it begins at 18.48 s of the source).
		expect(inTrailer?.startMs).toBeCloseTo(clip.startMs + (inTrailer?.sourceStartMs ?? 0) - 18_480, -2);
		expect(clip.startMs).toBeGreaterThan(5000);
		expect(clip.overrides).toBe('episodes[2].captions.overrides');
	});

	test('--json for every teaser of the sample campaign: zero orphan pages, zero forbidden breaks', async () => {
		const {code, stdout} = await all();
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as Report;
		expect(report.episodes.map((e) => e.id)).toHaveLength(12);
		const teasers = report.episodes.map((e) => e.totals);
		expect(
			['orphanPages', 'forbiddenBreaks', 'unbalancedPages', 'shortPages'].map((k) => sum(teasers, k as keyof Totals)),
		).toEqual([0, 0, 0, 0]);
		expect(sum(teasers, 'pages')).toBeGreaterThan(60);
		// Every asset that burns captions in: the teasers and trailers, their variants, the series trailer.
		const ids = report.assets.map((a) => a.id);
		expect(ids).toEqual(
			expect.arrayContaining(['series-trailer', 'ep01-teaser', 'ep03-teaser-b', 'ep03-trailer', 'ep12-trailer']),
		);
		expect(ids.filter((id) => /-teaser$/.test(id))).toHaveLength(12);
		expect(ids.filter((id) => /-trailer$/.test(id))).toHaveLength(13);
		expect(ids.some((id) => /header/.test(id))).toBe(false);
		const series = report.assets.find((a) => a.id === 'series-trailer');
		const {episodes} = JSON.parse(readFileSync(sample.file, 'utf8')) as {episodes: Array<{subtitles: string}>};
		expect(series?.cuts.map((c) => `${c.subtitles} → ${c.overrides}`)).toEqual(
			episodes.map((e, i) => `${e.subtitles} → episodes[${i}].captions.overrides`),
		);
		// The totals count them all, and no page of any asset is an orphan or breaks where French forbids it.
		for (const key of ['pages', 'orphanPages', 'forbiddenBreaks', 'shortPages', 'overSpeedPages'] as const)
			expect(report.totals[key]).toBe(
				sum(
					report.assets.map((a) => a.totals),
					key,
				),
			);
		expect(report.totals).toMatchObject({orphanPages: 0, forbiddenBreaks: 0});
		expect(report.totals.pages).toBeGreaterThan(sum(teasers, 'pages') + 100);
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

	test('a page left with one word names the asset, the page and the break that would keep it', async () => {
		// Three words that each fill a line: two pages, one of them a lone word.
		const {file} = edited('orphan', (c) => {
			c.episodes[2].captions = {
				overrides: [{cue: 6, text: 'Extraordinairement, extraordinairement, extraordinairement.'}],
			};
		});
		const {code, stdout} = await run(['--campaign', file, '--captions', 'ep03', '--json']);
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as Report;
		const orphans = report.assets.flatMap((a) =>
			a.cuts.flatMap((c) =>
				c.pages.flatMap((p) => p.flaws.filter((f) => f.rule === 'orphan').map((f) => [a.id, c.clip, p.lines, f])),
			),
		);
		// Wherever cue 6 plays: the teaser and its variants, the trailer's second clip and its cut-down's.
		expect(orphans.map(([id, clip]) => `${id} ${clip}`)).toEqual([
			'ep03-teaser null',
			'ep03-teaser-15s null',
			'ep03-teaser-b null',
			'ep03-trailer clip 2',
			'ep03-trailer-15s clip 2',
		]);
		expect(orphans[0]).toEqual([
			'ep03-teaser',
			null,
			['Extraordinairement,'],
			{
				rule: 'orphan',
				message: '"Extraordinairement," is alone on its page',
				word: 0,
				fix: 'add {"cue": 6, "breaks": [{"word": "Extraordinairement", "position": "after", "break": "none"}]} to the overrides (it joins the words after), or edit the cue\'s text',
			},
		]);
		expect(report.totals.orphanPages).toBe(5);
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

	test('a cut-down with no room for a teaser is an error, named, before any page', async () => {
		const {file} = edited('short', (c) => {
			c.episodes[2].teaser.variants[0].targetSeconds = 5;
		});
		const result = await run(['--campaign', file, '--captions', 'ep03']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.replace(file, 'campaign.json')).toMatch(
			/^error: campaign\.json: episodes\[2\]\.teaser\.variants\[0\]\.targetSeconds = 5: only \d\.\d s of whole phrases fit in 5 s, .*; raise targetSeconds\n/,
		);
	});

	test('a bad --captions value is a usage error', async () => {
		const result = await run(['--campaign', sample.file, '--captions', 'trois']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('"trois" is not an episode number or range; write e.g. --captions 1,3-5');
		expect(result.stderr).toContain('Usage: npm run check -- --captions ep03|3|1,3-5|all [--json] [--campaign FILE]');
	});
});
