import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	CAMPAIGN_JSON_SCHEMA_PATH,
	formatCampaignJsonSchema,
	getCampaignJsonSchema,
} from '../../src/review/get-campaign-json-schema';
import {PROJECT_DIR, readSampleCampaign} from '../helpers/make-campaign-dir';
import {validateJsonSchema} from './validate-json-schema';

type Node = Record<string, any>;
const schema = getCampaignJsonSchema() as Node;
const episode = schema.properties.episodes.items as Node;

describe('the campaign JSON Schema for editors', () => {
	test('the committed file is what `npm run schema` makes from the zod schema now', () => {
		const committed = readFileSync(path.join(PROJECT_DIR, CAMPAIGN_JSON_SCHEMA_PATH), 'utf8');
		expect(committed, `${CAMPAIGN_JSON_SCHEMA_PATH} is out of date: run \`npm run schema\` and commit it`).toBe(
			formatCampaignJsonSchema(),
		);
	});

	test('the sample campaign names it and passes it', () => {
		const sample = readSampleCampaign() as Node;
		expect(sample.$schema).toBe(`./${path.basename(CAMPAIGN_JSON_SCHEMA_PATH)}`);
		expect(validateJsonSchema(schema, sample)).toEqual([]);
	});

	test.each<[string, (c: Node) => void, string]>([
		['an unknown field', (c) => (c.series.subtitle = 'x'), '$.series.subtitle: unknown field'],
		['a misspelt episode field', (c) => (c.episodes[0].titel = 'x'), '$.episodes[0].titel: unknown field'],
		['a number as text', (c) => (c.episodes[0].number = '1'), '$.episodes[0].number: not integer'],
		['a missing required field', (c) => delete c.episodes[2].footage, '$.episodes[2].footage: missing'],
		['a value outside the enum', (c) => (c.brand.fonts.body.weight = '450'), '$.brand.fonts.body.weight: not one of'],
		['a header too long', (c) => (c.series.headerDurationInSeconds = 6), '$.series.headerDurationInSeconds: above 5'],
		['a hashtag with a space', (c) => (c.series.hashtags = ['#Les Cités']), '$.series.hashtags[0]: no match'],
		['a title too long for the header', (c) => (c.series.title = 'x'.repeat(25)), '$.series.title: too long'],
	])('an editor flags %s', (_what, edit, error) => {
		const campaign = structuredClone(readSampleCampaign()) as Node;
		edit(campaign);
		expect(validateJsonSchema(schema, campaign).join('\n')).toContain(error);
	});

	test('fields with a default are optional, as in the JSON people write', () => {
		expect(episode.required).not.toContain('header');
		expect(episode.required).not.toContain('hashtags');
		expect(schema.properties.brand.properties.fonts.properties.body.required).toEqual(['family', 'file']);
	});

	test('Remotion’s Studio brands become words: colours with examples, long text as a string', () => {
		const background = schema.properties.brand.properties.colors.properties.background;
		expect(background).toMatchObject({type: 'string', format: 'color', examples: expect.arrayContaining(['#1A98FF'])});
		expect(background.description).toMatch(/CSS colour/);
		expect(episode.properties.synopsis).toEqual({type: 'string', description: 'Long text: a few sentences.'});
		expect(JSON.stringify(schema)).not.toContain('__remotion');
	});

	test('descriptions written in the zod schema reach the editor', () => {
		expect(episode.properties.place.properties.figureRole.description).toBe('Who the figure was, in a few words');
	});
});
