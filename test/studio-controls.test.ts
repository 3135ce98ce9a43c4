import {ZodZypesInternals} from '@remotion/zod-types';
import {describe, expect, test} from 'vitest';
import {z} from 'zod';
import {headerSchema} from '../src/kinds/header/schema';
import {teaserSchema} from '../src/kinds/teaser/schema';
import {trailerSchema} from '../src/kinds/trailer/schema';

type Node = Record<string, any>;
type Field = {path: string; node: Node};

/** Every property of a schema, through objects, arrays and unions, with its JSON path. */
const fieldsOf = (node: Node, at = '$'): Field[] => {
	const own: Field[] = [];
	for (const [key, child] of Object.entries<Node>(node.properties ?? {})) {
		own.push({path: `${at}.${key}`, node: child}, ...fieldsOf(child, `${at}.${key}`));
	}
	if (node.items) own.push(...fieldsOf(node.items as Node, `${at}[]`));
	for (const variant of [...(node.anyOf ?? []), ...(node.oneOf ?? [])] as Node[]) {
		// A scene variant is named by its type: $.scenes[hook].text
		const type = (variant.properties?.type as Node | undefined)?.const as string | undefined;
		own.push(...fieldsOf(variant, type ? `${at.replace(/\[\]$/, '')}[${type}]` : at));
	}
	return own;
};

const compositions = {Header: headerSchema, Teaser: teaserSchema, Trailer: trailerSchema};
const fields = Object.entries(compositions).flatMap(([name, schema]) =>
	fieldsOf(z.toJSONSchema(schema, {unrepresentable: 'any', io: 'input'}) as Node).map((f) => ({...f, name})),
);
const {REMOTION_COLOR_BRAND, REMOTION_TEXTAREA_BRAND} = ZodZypesInternals;

// Studio picks its control from the schema: a colour picker for zColor(), a textarea for
// zTextarea(), a dropdown for an enum. A .describe() after zColor() silently turns the
// picker back into a text box, so this walks every prop the team can edit.
describe('Studio gives every prop the right control', () => {
	test.each(fields.filter((f) => /colou?r$/i.test(f.path) || /\.colors\.\w+$/.test(f.path)))(
		'$name $path is a colour picker',
		({node}) => {
			expect(node.description).toBe(REMOTION_COLOR_BRAND);
		},
	);

	const longText = [
		'Header $.title',
		'Trailer $.scenes[open].tagline',
		'Trailer $.scenes[hook].text',
		'Trailer $.scenes[title].figure',
		'Trailer $.scenes[cta].headline',
		'Trailer $.scenes[cta].detail',
	];
	test.each(longText)('%s is a textarea', (name) => {
		const field = fields.find((f) => `${f.name} ${f.path}` === name);
		expect(field?.node.description, `${name} not found or not a textarea`).toBe(REMOTION_TEXTAREA_BRAND);
	});

	test.each(fields.filter((f) => /\.(slot|weight)$/.test(f.path)))('$name $path is a choice', ({node}) => {
		expect(node.enum ?? node.anyOf).toBeDefined();
	});

	test('the walk found the props it checks', () => {
		expect(fields.filter((f) => f.node.description === REMOTION_COLOR_BRAND).length).toBeGreaterThanOrEqual(9);
		expect(fields.some((f) => f.path === '$.captionStyle.highlightColor')).toBe(true);
	});
});
