import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {stringify} from 'csv-stringify/sync';
import {beforeAll, describe, expect, test} from 'vitest';
import {campaignSchema} from '../../src/campaign/campaign-schema';
import {runImportCli} from '../../src/cli/run-import-cli';
import {listCampaignAssets} from '../../src/kinds/list-campaign-assets';
import {makeRenderJob} from '../../src/plan/make-render-job';
import {planRender} from '../../src/plan/plan-render';
import {campaignToSheet} from '../../src/sheet/campaign-to-sheet';
import {formatImportProblem, importSheet} from '../../src/sheet/import-sheet';
import {type SheetFormat, writeSheetFile} from '../../src/sheet/write-sheet-file';
import {SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';

const dir = mkdtempSync(path.join(tmpdir(), 'cites-sheet-'));
const sampleText = readFileSync(SAMPLE_CAMPAIGN, 'utf8');

const exportSample = async (format: SheetFormat): Promise<string> => {
	const sheet = campaignToSheet({raw: JSON.parse(sampleText), file: SAMPLE_CAMPAIGN});
	expect(sheet.problems).toEqual([]);
	const file = path.join(dir, `episodes.${format}`);
	await writeSheetFile({file, format, headers: sheet.headers, rows: sheet.rows});
	return file;
};

/** Import into the sample's own folder (asset paths are checked there); nothing is written. */
const importInto = (sheetFile: string) => importSheet({sheetFile, baseFile: SAMPLE_CAMPAIGN, out: SAMPLE_CAMPAIGN});

let csvFile: string;
beforeAll(async () => {
	csvFile = await exportSample('csv');
});

describe('the sheet exported from the sample campaign imports back to the same campaign', () => {
	test.each(['csv', 'xlsx'] as const)('%s: same file, byte for byte, and the same campaign', async (format) => {
		const file = format === 'csv' ? csvFile : await exportSample(format);
		const result = await importInto(file);
		if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
		expect(result.changes).toEqual([]);
		expect(result.text).toBe(sampleText);
		expect(campaignSchema.parse(JSON.parse(result.text))).toEqual(campaignSchema.parse(JSON.parse(sampleText)));
	});

	test('the CSV has the byte-order mark Excel needs and French text in quotes where it holds commas', () => {
		const text = readFileSync(csvFile, 'utf8');
		expect(text.startsWith('\uFEFFnumber,variant,title,')).toBe(true);
		expect(text).toContain('"poète, « Les Yeux d’Elsa »"');
		expect(text).toContain(',0:00.000–0:07.884; 0:14.803–0:18.870,');
	});
});

/** Rows of the exported CSV as a spreadsheet program holds them. */
const readRows = (file: string): string[][] => parse(readFileSync(file), {bom: true}) as string[][];

/** Saves rows as French LibreOffice or Excel would: ";" between cells, every text quoted, no byte-order mark, LF. */
const saveLikeASpreadsheet = (rows: string[][], name: string): string => {
	const file = path.join(dir, name);
	writeFileSync(file, stringify(rows, {delimiter: ';', quoted_string: true, record_delimiter: 'unix'}));
	return file;
};

describe('a sheet edited in a spreadsheet program', () => {
	test('re-plans exactly the assets whose content changed (content keys, no render)', async () => {
		const rows = readRows(csvFile);
		const [headers] = rows;
		const at = (header: string) => headers!.indexOf(header);
		const ep03 = rows.slice(1).find((row) => row[at('number')] === '3' && row[at('variant')] === '')!;
		ep03[at('trailer.hook')] = 'Lou danse, Jade filme : « le square s’arrête ».';
		const result = await importInto(saveLikeASpreadsheet(rows, 'edited.csv'));
		if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
		expect(result.changes).toEqual(['episode 3: trailer.hook']);

		const jobsOf = (text: string) => {
			const campaign = campaignSchema.parse(JSON.parse(text));
			return listCampaignAssets(campaign).map((asset) =>
				makeRenderJob({asset, campaign, assetsDir: SAMPLE_ASSETS, codeHash: 'code', backend: 'local', scale: 1}),
			);
		};
		const before = jobsOf(sampleText);
		const manifest = {
			version: 2 as const,
			campaign: SAMPLE_CAMPAIGN,
			timeZone: 'Europe/Paris',
			updatedAt: '2027-01-01T00:00:00.000Z',
			assets: before.map((job) => ({
				id: job.id,
				kind: job.kind,
				episode: job.episode,
				status: 'rendered' as const,
				file: `${job.id}.mp4`,
				cover: null,
				durationInSeconds: job.durationInFrames / 30,
				bytes: null,
				fileHash: null,
				contentKey: job.contentKey,
				inputs: job.contentKeyInputs,
				scale: 1,
				backend: 'local',
				qc: {passed: true, checks: []},
				error: null,
				renderedAt: '2027-01-01T00:00:00.000Z',
				renderSeconds: null,
			})),
		};
		const plan = planRender({jobs: jobsOf(result.text), manifest, outputExists: () => true, force: false});
		// The episode trailer and those of its variants that keep its hook; nothing else.
		const episode = JSON.parse(sampleText).episodes.find((e: {number: number}) => e.number === 3);
		const keepHook = (episode.trailer.variants ?? []).filter((v: {hook?: string}) => v.hook === undefined);
		expect(plan.filter((job) => job.action === 'render').map((job) => [job.id, job.reason])).toEqual(
			['ep03-trailer', ...keepHook.map((v: {name: string}) => `ep03-trailer-${v.name}`)].map((id) => [
				id,
				'changed: props',
			]),
		);
		expect(plan.length).toBeGreaterThan(38);
	});

	test('every problem at once, each with its sheet, row, column, value and fix; exit 2 and nothing written', async () => {
		const rows = readRows(csvFile);
		const [headers] = rows;
		const at = (header: string) => headers!.indexOf(header);
		const episodeRow = (n: number) =>
			rows.slice(1).find((row) => row[at('number')] === String(n) && row[at('variant')] === '')!;
		episodeRow(2)[at('releaseAt')] = '30/02/2027 18:00';
		episodeRow(4)[at('teaser.segments')] = '0:00.000–0:08.072; 0:19.266–0:14.957';
		const variant = rows.slice(1).find((row) => row[at('variant')] !== '')!;
		variant[at('number')] = '13';
		variant[at('variant')] = variant[at('variant')]!.replace(/^ep\d+/, 'ep13');
		const withoutCity = rows.map((row) => row.filter((_, n) => n !== at('city')));
		const file = saveLikeASpreadsheet(withoutCity, 'broken.csv');

		const result = await importInto(file);
		expect(result.ok).toBe(false);
		const lines = result.ok ? [] : result.problems.map(formatImportProblem);
		const rowOf = (row: string[]) => rows.indexOf(row) + 1;
		// Without "city" (column G), the columns after it move one letter left.
		expect(lines).toEqual([
			`${file}, row 1: the column "city" is missing; add it to row 1 (cells: text; leave a cell empty to leave the field out)`,
			`${file}, row ${rowOf(episodeRow(2))} (episode 2), column I "releaseAt" = "30/02/2027 18:00": has day 30, but February 2027 has 28 days; check the day and month`,
			`${file}, row ${rowOf(episodeRow(4))} (episode 4), column L "teaser.segments" = "0:00.000–0:08.072; 0:19.266–0:14.957": range 2: "0:19.266–0:14.957" does not end after it starts; write the earlier time first: 0:14.957–0:19.266`,
			`${file}, row ${rowOf(variant)} (episode 13), column B "variant" = "${variant[at('variant')]}": is a variant of episode 13, but no row is episode 13; add the episode's row, or fix the id`,
		]);

		// The import CLI as npm run import runs it; --out next to the sample's assets, so that only the sheet's problems are reported.
		const out = path.join(SAMPLE_ASSETS, `.never-written-${process.pid}.json`);
		try {
			let stderr = '';
			const status = await runImportCli([file, '--out', out], {stdout: () => undefined, stderr: (t) => (stderr += t)});
			expect(status).toBe(2);
			expect(stderr.split('\n').slice(0, 5)).toEqual([
				`${file}: 4 problems; nothing was written:`,
				...lines.map((line) => `  ${line}`),
			]);
			expect(existsSync(out)).toBe(false);
		} finally {
			rmSync(out, {force: true});
		}
	});
});
