import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {formatProblem} from '../../src/campaign/campaign-error';
import {parseCampaignJson} from '../../src/campaign/parse-campaign-json';
import {type CampaignReading, checkCampaignText} from '../../src/campaign/read-campaign';
import {makeCampaignDir, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';

// One assets folder for every run: asset paths are looked up in it, nothing is written.
const {file} = makeCampaignDir();
const SAMPLE_TEXT = readFileSync(SAMPLE_CAMPAIGN, 'utf8');
const SAMPLE = JSON.parse(SAMPLE_TEXT) as unknown;

/** What any input must give: a reading with problems in the project's shape, printable on one line each. */
const expectReading = (reading: CampaignReading) => {
	expect(reading.campaign === null).toBe(reading.problems.some((p) => p.severity !== 'warning'));
	for (const problem of reading.problems) {
		expect(typeof problem.message).toBe('string');
		expect(typeof problem.path).toBe('string');
		const line = formatProblem(problem);
		expect(line).not.toMatch(/\p{Cc}/u);
		if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
	}
};

// The pure part: parsing and the schema (file lookups are tested in load-campaign.test.ts).
const noFiles = () => [];
const check = (text: string) => expectReading(checkCampaignText({file, text, checkFiles: noFiles}));

type Json = unknown;
type Mutation = (value: Json) => Json;

/** Every [path, value] of a JSON value, to pick where a mutation lands. */
const listPlaces = (value: Json, path: Array<string | number> = []): Array<Array<string | number>> => {
	const children = Array.isArray(value)
		? value.map((v, n) => [n, v] as const)
		: typeof value === 'object' && value !== null
			? Object.entries(value)
			: [];
	return [path, ...children.flatMap(([key, child]) => listPlaces(child, [...path, key]))];
};
const PLACES = listPlaces(SAMPLE).filter((p) => p.length > 0);

const setAt = (root: Json, path: Array<string | number>, change: (old: Json) => Json | undefined): Json => {
	const copy = structuredClone(root) as Record<string | number, Json>;
	let parent = copy;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
	const last = path.at(-1)!;
	const next = change(parent[last]);
	if (next === undefined) {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else parent[last] = next;
	return copy;
};

const CONTROL = fc
	.integer({min: 0, max: 0x9f})
	.filter((c) => c < 0x20 || c >= 0x7f)
	.map((c) => String.fromCharCode(c));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	// drop a field
	fc.constant<Mutation>(() => undefined),
	// change its type or value
	fc.jsonValue({maxDepth: 3}).map(
		(v): Mutation =>
			() =>
				v,
	),
	// a control character in a string (or a string where there was none)
	fc.tuple(CONTROL, fc.nat()).map(
		([c, at]): Mutation =>
			(old) =>
				typeof old === 'string' ? old.slice(0, at % (old.length + 1)) + c + old.slice(at % (old.length + 1)) : c,
	),
	// deep nesting
	fc.integer({min: 1, max: 200}).map((depth): Mutation => (old) => {
		let v: Json = old ?? null;
		for (let n = 0; n < depth; n++) v = n % 2 ? [v] : {a: v};
		return v;
	}),
	// a huge string
	fc.integer({min: 1_000, max: 30_000}).map(
		(length): Mutation =>
			() =>
				'é'.repeat(length),
	),
	// a huge list
	fc.integer({min: 100, max: 400}).map(
		(length): Mutation =>
			(old) =>
				Array.from({length}, () => old ?? {}),
	),
);

const mutatedSample = fc
	.array(fc.tuple(fc.constantFrom(...PLACES), mutation), {minLength: 1, maxLength: 4})
	.map((changes) => {
		let value = SAMPLE;
		for (const [path, change] of changes) {
			try {
				value = setAt(value, path, change);
			} catch {
				// An earlier change removed the place: skip this one.
			}
		}
		return JSON.stringify(value, null, '\t') ?? '';
	});

/** The sample's text with characters inserted, deleted or replaced: syntax errors anywhere. */
const editedSampleText = fc
	.array(
		fc.tuple(
			fc.nat(SAMPLE_TEXT.length),
			fc.nat(3),
			fc.constantFrom('', ',', '}', ']', '"', '/', '\\', '\u0000', '{', '[', ' '),
		),
		{
			minLength: 1,
			maxLength: 5,
		},
	)
	.map((edits) =>
		edits.reduce((text, [at, remove, insert]) => text.slice(0, at) + insert + text.slice(at + remove), SAMPLE_TEXT),
	);

describe('reading any campaign text gives a reading, never an untyped exception', () => {
	test('random text (6,200 runs)', () => {
		fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), check), {numRuns: 6_200});
	});

	test('random JSON (3,300 runs), read as JSON.parse reads it', () => {
		fc.assert(
			fc.property(fc.json({maxDepth: 6}), (text) => {
				check(text);
				const parsed = parseCampaignJson(text);
				expect(parsed).toMatchObject({ok: true, problems: []});
				expect(parsed.ok && JSON.stringify(parsed.value)).toBe(JSON.stringify(JSON.parse(text)));
			}),
			{numRuns: 3_300},
		);
	});

	test('the sample campaign, mutated: fields dropped, types changed, control characters, deep nesting, huge strings (100 runs)', () => {
		fc.assert(fc.property(mutatedSample, check), {numRuns: 100});
	});

	test('the sample campaign’s text, edited: syntax errors anywhere (400 runs)', () => {
		fc.assert(
			fc.property(editedSampleText, (text) => {
				check(text);
				// Strict JSON: what JSON.parse refuses is refused too (and the other way round).
				const strict = parseCampaignJson(text);
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				expect(strict.ok && strict.problems.length === 0).toBe(parses && !/"title": "Cités",\s*"title"/.test(text));
			}),
			{numRuns: 400},
		);
	});
});

describe('100 KB of input is read in under 100 ms', () => {
	const episodes = (SAMPLE as {episodes: unknown[]}).episodes;
	const big = (fill: (sample: any) => unknown): string => JSON.stringify(fill(structuredClone(SAMPLE)), null, '\t');
	test.each([
		['a 100 KB title', big((c) => ((c.episodes[0].title = 'x'.repeat(100_000)), c))],
		['12,000 empty episodes', big((c) => ((c.episodes = Array.from({length: 12_000}, () => ({}))), c))],
		[
			'80 copies of the episodes (90 KB)',
			big((c) => ((c.episodes = Array.from({length: 80}, (_, n) => episodes[n % 12])), c)),
		],
		[
			'5,000 unknown fields',
			big((c) => (Object.assign(c.series, Object.fromEntries(Array.from({length: 5_000}, (_, n) => [`f${n}`, n]))), c)),
		],
		['10,000 control characters', big((c) => ((c.series.idea = '\u0000'.repeat(10_000)), c))],
		['100 KB of brackets', '['.repeat(50_000) + ']'.repeat(50_000)],
		['100 KB of syntax errors', "'x',\n".repeat(20_000)],
		['100 KB of numbers', `[${Array.from({length: 20_000}, (_, n) => n).join(',')}]`],
	])('%s', (_what, text) => {
		expect(text.length).toBeGreaterThan(50_000);
		expectReading(checkCampaignText({file, text, checkFiles: noFiles})); // also warms up the code paths
		// The best of 5: this machine is shared, and a busy moment is not the code's time.
		const times = Array.from({length: 5}, () => {
			const start = performance.now();
			checkCampaignText({file, text, checkFiles: noFiles});
			return performance.now() - start;
		});
		expect(Math.min(...times)).toBeLessThan(100);
	});
});
