import {writeFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseCampaignJson} from '../../src/campaign/parse-campaign-json';
import {runCheckCli} from '../../src/cli/run-check-cli';
import {makeCampaignDir} from '../helpers/make-campaign-dir';

const problems = (text: string) => parseCampaignJson(text).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('parseCampaignJson', () => {
	test.each([
		['an empty file', ' \n', '1:1: the file is empty; write the campaign as a JSON object'],
		['a missing comma', '{"a": 1\n "b": 2}', '2:2: a "," is expected between two items'],
		[
			'single quotes',
			"{'a': 1}",
			`1:2: "'a'" is not JSON; write an object, a list, a "string", a number, true, false or null`,
		],
		['NaN', '{"a": NaN}', '1:7: "NaN" is not JSON; write an object, a list, a "string", a number, true, false or null'],
		['a string left open', '{"a": "b\n}', '1:7: a string is not closed; end it with " on the same line'],
		[
			'a bad escape',
			'{"a": "\\q"}',
			'1:7: a string holds an escape JSON does not know; use \\n, \\t, \\", \\\\ or \\uXXXX',
		],
		['text after the object', '{}\n{}', '2:1: text after the end of the campaign object; remove it'],
		['a block comment', '{/* x */"a": 1}', '1:2: JSON has no comments; remove it, or say it in a field such as "idea"'],
		['a trailing comma', '{"a": [1,\n 2,\n]}', '2:3: a comma before a closing bracket; remove it'],
	])('reports %s at its line and column', (_what, text, expected) => {
		expect(problems(text)).toEqual([expected]);
	});

	test('reports every syntax error, in order, up to 20 and a count of the rest', () => {
		const text = `[${Array.from({length: 30}, () => "'x'").join(',\n')}]`;
		const found = problems(text);
		expect(found).toHaveLength(21);
		expect(found[0]).toMatch(/^1:2: "'x'" is not JSON/);
		expect(found[19]).toMatch(/^20:1: "'x'" is not JSON/);
		expect(found[20]).toBe('20:1: and 10 more syntax errors after this one');
	});

	test('a byte-order mark is not an error, and the value is what JSON.parse reads', () => {
		const result = parseCampaignJson('\uFEFF{"a": [1, {"b": null}], "__proto__": {"c": true}}');
		expect(result).toMatchObject({ok: true, problems: []});
		expect(result.ok && JSON.stringify(result.value)).toBe('{"a":[1,{"b":null}],"__proto__":{"c":true}}');
		expect(({} as Record<string, unknown>).c).toBeUndefined();
	});

	test.each([
		['arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
		['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
		['an unclosed nest', '['.repeat(100_000)],
	])('100,000 nested %s are refused at level 65, without a stack overflow', (_what, text) => {
		expect(problems(text)).toEqual([
			expect.stringMatching(
				/^1:\d+: nesting deeper than 64 levels; a campaign is at most ~6 levels deep: check the brackets$/,
			),
		]);
	});

	test('64 levels are still read', () => {
		expect(parseCampaignJson('['.repeat(64) + ']'.repeat(64))).toMatchObject({ok: true, problems: []});
	});
});

describe('npm run check on a campaign nested 100,000 deep', () => {
	test('exits 2 with the message, line and column', async () => {
		const {file} = makeCampaignDir();
		writeFileSync(file, `{"series": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
		let stderr = '';
		const code = await runCheckCli(['--campaign', file], {stdout: () => {}, stderr: (t) => void (stderr += t)});
		expect(code).toBe(2);
		expect(stderr).toBe(
			`error: ${file}:1:75: invalid JSON: nesting deeper than 64 levels; a campaign is at most ~6 levels deep: check the brackets\n${file}: 1 error, 0 warnings: fix the errors before rendering.\n`,
		);
	});
});

test('a stray C1 control character is shown escaped: it could start a terminal escape sequence', () => {
	expect(problems('{"a": \u009B2J}')).toEqual([
		'1:7: "\\u009b2J" is not JSON; write an object, a list, a "string", a number, true, false or null',
	]);
});
