import {appendFileSync, chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {BROWSER_ENV_VARIABLE, getBrowserVersion, REMOTION_BROWSER} from '../src/backends/local/find-browser';
import {stableStringify} from '../src/files/hash';
import {getBackendBrowser} from '../src/plan/get-backend-browser';
import {diffInputs, getContentKey} from '../src/plan/get-content-key';
import {parseRenderArgs} from '../src/cli/parse-render-args';
import {PROJECT_DIR, preparePlan} from '../src/plan/prepare-plan';
import {makeCampaignDir} from './helpers/make-campaign-dir';

const keysOf = async (campaignFile: string, out: string) => {
	const args = parseRenderArgs(['--campaign', campaignFile, '--out', out, '--kinds', 'header,teaser']);
	if (!args.ok) throw new Error(args.errors.join('\n'));
	const {plan} = await preparePlan({...args.options, backend: 'local'});
	return new Map(plan.map((asset) => [asset.id, asset.contentKey]));
};

const changedIds = (before: Map<string, string>, after: Map<string, string>) =>
	[...before.keys()].filter((id) => before.get(id) !== after.get(id)).sort();

const editCampaign = (file: string, edit: (campaign: any) => void) => {
	const campaign = JSON.parse(readFileSync(file, 'utf8'));
	edit(campaign);
	writeFileSync(file, JSON.stringify(campaign));
};

describe('the content key of an asset changes exactly when something it shows changes', () => {
	test.each([
		{
			what: "this episode's title",
			change: (dir: string, file: string) => editCampaign(file, (c) => (c.episodes[2].title = 'Sous les tilleuls')),
			expected: ['ep03-header', 'ep03-teaser', 'ep03-teaser-15s', 'ep03-teaser-b'],
		},
		{
			what: 'a teaser in point',
			// Its cut-downs keep the same whole phrases, so they look the same and keep their keys.
			change: (_: string, file: string) => editCampaign(file, (c) => (c.episodes[6].teaser.segments[0].startMs = 100)),
			expected: ['ep07-teaser'],
		},
		{
			what: 'a byte of footage',
			change: (dir: string) => appendFileSync(path.join(dir, 'footage', 'ep05.mp4'), Buffer.from([0])),
			expected: ['ep05-teaser', 'ep05-teaser-15s'],
		},
		{
			what: 'a subtitle fix',
			change: (dir: string) => appendFileSync(path.join(dir, 'subtitles', 'ep09.vtt'), '\n'),
			expected: ['ep09-teaser', 'ep09-teaser-15s'],
		},
		{
			what: 'the display font file',
			change: (dir: string) =>
				appendFileSync(path.join(dir, 'fonts', 'anton-latin-400-normal.woff2'), Buffer.from([0])),
			expected: 'every header and teaser',
		},
		{what: "the campaign file's name", change: () => undefined, rename: true, expected: []},
	])('$what', async ({change, expected, rename}) => {
		const {dir, file} = makeCampaignDir({withMedia: true});
		const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
		const before = await keysOf(file, out);
		change(dir, file);
		let after: Map<string, string>;
		if (rename) {
			const renamed = path.join(dir, 'renamed.campaign.json');
			writeFileSync(renamed, readFileSync(file));
			after = await keysOf(renamed, out);
		} else after = await keysOf(file, out);
		expect(changedIds(before, after)).toEqual(
			expected === 'every header and teaser' ? [...before.keys()].sort() : expected,
		);
	});

	test('a render setting and the backend are part of the key', () => {
		const common = {props: {title: 'x'}, media: [], codeHash: 'c', backend: 'local', browser: null};
		expect(getContentKey({...common, settings: {crf: 18}}).key).not.toBe(
			getContentKey({...common, settings: {crf: 20}}).key,
		);
		expect(getContentKey({...common, settings: {crf: 18}}).key).toBe(
			getContentKey({...common, settings: {crf: 18}}).key,
		);
		expect(getContentKey({...common, settings: {crf: 18}}).key).not.toBe(
			getContentKey({...common, settings: {crf: 18}, backend: 'lambda:4.0.527'}).key,
		);
	});

	test('the key does not depend on the order of keys in the props', () => {
		const common = {media: [], codeHash: 'c', backend: 'local', browser: null, settings: {}};
		expect(getContentKey({...common, props: {a: 1, b: 2, é: 3, Z: 4}}).key).toBe(
			getContentKey({...common, props: {Z: 4, é: 3, b: 2, a: 1}}).key,
		);
	});

	test('keys are sorted by code unit, not by the locale of the machine', () => {
		// Any locale order puts 'a' before 'Z' and 'é' before 'f'; code units do the opposite.
		expect(stableStringify({f: 4, é: 3, a: 1, Z: 2, nested: {b: 1, B: 2}})).toBe(
			'{"Z":2,"a":1,"f":4,"nested":{"B":2,"b":1},"é":3}',
		);
	});

	test('no code that makes the key or the plan sorts by locale (localeCompare)', () => {
		const folders = ['src/plan', 'src/files'];
		const offenders = folders.flatMap((folder) =>
			readdirSync(path.join(PROJECT_DIR, folder), {recursive: true, encoding: 'utf8'})
				.filter((file) => /\.tsx?$/.test(file))
				.filter((file) => readFileSync(path.join(PROJECT_DIR, folder, file), 'utf8').includes('localeCompare'))
				.map((file) => `${folder}/${file}`),
		);
		expect(offenders).toEqual([]);
	});
});

/** A stand-in for Chromium that only knows `--version`. */
const fakeBrowser = (printed: string): string => {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'cites-browser-')), 'chromium');
	writeFileSync(file, `#!/bin/sh\necho '${printed}'\n`);
	chmodSync(file, 0o755);
	return file;
};

describe('the Chromium of a local render is part of its content key', () => {
	afterEach(() => vi.unstubAllEnvs());

	test('two Chromium versions, two keys: a browser upgrade re-renders, and says why', async () => {
		const {file} = makeCampaignDir({withMedia: true});
		const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
		vi.stubEnv(BROWSER_ENV_VARIABLE, fakeBrowser('Chromium 155.0.7999.1 built on Debian GNU/Linux 12 (bookworm)'));
		const before = await keysOf(file, out);
		vi.stubEnv(BROWSER_ENV_VARIABLE, fakeBrowser('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)'));
		const after = await keysOf(file, out);
		expect(changedIds(before, after)).toEqual([...before.keys()].sort());
		const common = {props: {}, media: [], codeHash: 'c', settings: {}, backend: 'local:layered'};
		const older = getContentKey({...common, browser: 'Chromium 155.0.7999.1'});
		const newer = getContentKey({...common, browser: 'Chromium 156.0.8078.114'});
		expect(older.key).not.toBe(newer.key);
		expect(diffInputs(older.inputs, newer.inputs)).toEqual(['browser']);
	});

	test.each([
		{backend: 'local', browser: 'Chromium 156.0.8078.114'},
		{backend: 'local:layered', browser: 'Chromium 156.0.8078.114'},
		// Lambda's Chromium is the one its Remotion version ships, and the id names that version.
		{backend: 'lambda:4.0.527', browser: null},
	])('$backend renders with $browser', ({backend, browser}) => {
		expect(getBackendBrowser(backend, () => 'Chromium 156.0.8078.114')).toBe(browser);
	});

	test.each([
		{printed: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n', version: 'Chromium 156.0.8078.114'},
		{printed: 'Google Chrome 131.0.6778.85 \n', version: 'Google Chrome 131.0.6778.85'},
		{printed: 'Chromium 120.0.6099.224 snap\n', version: 'Chromium 120.0.6099.224'},
	])('"$printed" is $version', ({printed, version}) => {
		expect(getBrowserVersion(`/opt/${version}/chrome`, () => printed)).toBe(version);
	});

	test("no system Chromium: Remotion's own, whose version comes with Remotion's", () => {
		expect(getBrowserVersion(null)).toBe(REMOTION_BROWSER);
	});

	test('a browser that names no version is refused, with the fix', () => {
		expect(() => getBrowserVersion('/usr/bin/not-chromium', () => 'hello\n')).toThrowErrorMatchingInlineSnapshot(
			`[TypeError: /usr/bin/not-chromium --version printed "hello", which names no version. Point REMOTION_BROWSER_EXECUTABLE at a Chromium binary.]`,
		);
	});
});
