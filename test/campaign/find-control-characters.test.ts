import {describe, expect, test} from 'vitest';
import {MULTILINE_FIELDS} from '../../src/campaign/find-control-characters';
import {getCampaignJsonSchema} from '../../src/review/get-campaign-json-schema';
import {makeCampaignDir} from '../helpers/make-campaign-dir';
import {problemsOf} from '../helpers/problems-of';

const RAW_CONTROL = /\p{Cc}/u;

describe('control characters in the campaign’s text', () => {
	test.each([
		[
			'a NUL in a title',
			(c: any) => (c.episodes[0].title = 'Le banc\u0000des poètes'),
			'campaign.json:66:4: episodes[0].title = "Le banc\\u0000des poètes": holds the control character U+0000 (NUL) at character 8; remove it',
		],
		[
			'an escape in the tagline',
			(c: any) => (c.series.tagline = '\u001B[2JLa jeunesse'),
			'campaign.json:5:3: series.tagline = "\\u001b[2JLa jeunesse": holds the control character U+001B at character 1; remove it',
		],
		[
			'a tab in a hook',
			(c: any) => (c.episodes[2].trailer.hook = 'Un\tcarré'),
			'campaign.json:272:5: episodes[2].trailer.hook = "Un\\tcarré": holds the control character U+0009 (a tab) at character 3; remove it',
		],
		[
			'a line break in a title, which is one line',
			(c: any) => (c.episodes[0].title = 'Le banc\ndes poètes'),
			'campaign.json:66:4: episodes[0].title = "Le banc\\ndes poètes": holds the control character U+000A (a line break) at character 8; remove it',
		],
		[
			'a C1 control in a credit',
			(c: any) => (c.series.credits[1].name = 'Abd\u0085Al\u009BMalik'),
			'campaign.json:18:5: series.credits[1].name = "Abd\\u0085Al\\u009bMalik": holds 2 control characters, the first U+0085 at character 4; remove them',
		],
		[
			'a carriage return in the idea, where only \\n breaks lines',
			(c: any) => (c.series.idea = 'Une place.\r\nUn collège.'),
			'campaign.json:6:3: series.idea = "Une place.\\r\\nUn collège.": holds the control character U+000D (a carriage return) at character 11; remove it (line breaks are fine here: write them as \\n)',
		],
	])('refuses %s, naming the field and the character', (_what, edit, expected) => {
		const {file} = makeCampaignDir({edit: (c) => (edit(c), c)});
		expect(problemsOf(file, {positions: true})).toEqual([expected]);
	});

	test('line breaks are fine in long text: the idea, a synopsis, a caption’s new text', () => {
		const {file} = makeCampaignDir({
			edit: (c: any) => {
				c.series.idea = 'Une place.\nUn collège.';
				c.episodes[0].synopsis = 'Sur le banc.\nInès lit.';
				c.episodes[0].captions = {overrides: [{cue: 1, text: 'Bonjour\nà tous'}]};
				return c;
			},
		});
		expect(problemsOf(file)).toEqual([]);
	});

	test('a field name with control characters is printed escaped: a file cannot drive the terminal', () => {
		const {file} = makeCampaignDir({edit: (c: any) => ((c.series['ti\u001B]0;pwned\u0007tle'] = 'x\u0000'), c)});
		const lines = problemsOf(file);
		expect(lines).toEqual([
			'campaign.json: series: has unknown field "ti\\u001b]0;pwned\\u0007tle"; check the spelling or remove it',
			'campaign.json: series["ti\\u001b]0;pwned\\u0007tle"] = "x\\u0000": holds the control character U+0000 (NUL) at character 2; remove it',
		]);
		expect(lines.filter((line) => RAW_CONTROL.test(line))).toEqual([]);
	});

	test('the long-text fields of the schema are exactly the fields where lines may break', () => {
		const found: string[] = [];
		const walk = (node: any, path: string) => {
			if (node?.description === 'Long text: a few sentences.') found.push(path);
			for (const [key, child] of Object.entries<any>(node?.properties ?? {}))
				walk(child, path ? `${path}.${key}` : key);
			if (node?.items) walk(node.items, `${path}[]`);
			for (const option of node?.anyOf ?? []) walk(option, path);
		};
		walk(getCampaignJsonSchema(), '');
		expect(found.sort()).toEqual(MULTILINE_FIELDS.filter((f) => !f.endsWith('.text')).sort());
	});
});
