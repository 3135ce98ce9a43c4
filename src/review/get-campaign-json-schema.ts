import {ZodZypesInternals} from '@remotion/zod-types';
import {z} from 'zod';
import {campaignSchema} from '../campaign/campaign-schema';

/** Where the committed schema lives, relative to the project; the sample campaign names it in "$schema". */
export const CAMPAIGN_JSON_SCHEMA_PATH = 'assets/campaign.schema.json';

type JsonSchemaNode = Record<string, unknown>;

// Remotion marks its Studio controls with a description "brand"; editors need words instead.
const BRANDED: Record<string, JsonSchemaNode> = {
	[ZodZypesInternals.REMOTION_COLOR_BRAND]: {
		description:
			'A CSS colour, e.g. "#1A98FF", "#1A98FF80" (with alpha), "rgb(26, 152, 255)", "hsl(200, 50%, 50%)", "white".',
		// VS Code shows a colour swatch and picker for strings with this format.
		format: 'color',
		examples: ['#1A98FF', '#FFFFFF'],
	},
	[ZodZypesInternals.REMOTION_TEXTAREA_BRAND]: {description: 'Long text: a few sentences.'},
};

/**
 * The campaign's JSON Schema for editors (completion, hover text, errors while typing),
 * made from the zod schema so the two cannot drift. `io: 'input'` describes the JSON people
 * write: fields with a default are optional. Checks zod runs in code (refinements such as a
 * valid time zone, a file's extension, segment order) cannot be written in JSON Schema and
 * stay with `npm run check`.
 */
export const getCampaignJsonSchema = (): JsonSchemaNode => {
	const schema = z.toJSONSchema(campaignSchema, {
		target: 'draft-07', // The draft every JSON editor supports.
		io: 'input',
		unrepresentable: 'any',
		override: ({jsonSchema}) => {
			const node = jsonSchema as JsonSchemaNode;
			const branded = typeof node.description === 'string' ? BRANDED[node.description] : undefined;
			if (branded) Object.assign(node, branded);
			// `.int()` adds the safe-integer range; it says nothing to a person.
			if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
			if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
		},
	}) as JsonSchemaNode;
	const {$schema, ...rest} = schema;
	return {
		$schema,
		title: 'Promo campaign',
		description:
			'A series and its episodes, rendered into TikTok promo videos (npm run render). Every file path is relative to this file. Generated from the zod schema by `npm run schema`: do not edit by hand.',
		...rest,
	};
};

/** The file's exact text: tabs like the campaign, one final newline. */
export const formatCampaignJsonSchema = (): string => `${JSON.stringify(getCampaignJsonSchema(), null, '\t')}\n`;
