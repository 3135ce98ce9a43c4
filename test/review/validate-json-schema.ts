/**
 * A small JSON Schema validator for the keywords the campaign schema uses, to check what an
 * editor would flag without installing one. It throws on any keyword it does not know, so
 * the schema cannot grow past what this check understands without the test saying so.
 */
type Node = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'examples', 'format']);

const typeOf = (value: unknown): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
};

export const validateJsonSchema = (schema: Node, value: unknown, at = '$'): string[] => {
	const errors: string[] = [];
	for (const [keyword, rule] of Object.entries(schema)) {
		if (ANNOTATIONS.has(keyword)) continue;
		const type = typeOf(value);
		switch (keyword) {
			case 'type':
				if (!(rule === type || (rule === 'number' && type === 'integer'))) errors.push(`${at}: not ${String(rule)}`);
				break;
			case 'enum':
				if (!(rule as unknown[]).includes(value)) errors.push(`${at}: not one of ${JSON.stringify(rule)}`);
				break;
			case 'minLength':
			case 'maxLength':
			case 'pattern':
				if (typeof value !== 'string') break;
				if (keyword === 'minLength' && value.length < (rule as number)) errors.push(`${at}: too short`);
				if (keyword === 'maxLength' && value.length > (rule as number)) errors.push(`${at}: too long`);
				if (keyword === 'pattern' && !new RegExp(rule as string, 'u').test(value)) errors.push(`${at}: no match`);
				break;
			case 'minimum':
				if (typeof value === 'number' && value < (rule as number)) errors.push(`${at}: below ${String(rule)}`);
				break;
			case 'maximum':
				if (typeof value === 'number' && value > (rule as number)) errors.push(`${at}: above ${String(rule)}`);
				break;
			case 'minItems':
				if (Array.isArray(value) && value.length < (rule as number)) errors.push(`${at}: too few items`);
				break;
			case 'maxItems':
				if (Array.isArray(value) && value.length > (rule as number)) errors.push(`${at}: too many items`);
				break;
			case 'items':
				if (Array.isArray(value))
					value.forEach((item, i) => errors.push(...validateJsonSchema(rule as Node, item, `${at}[${i}]`)));
				break;
			case 'required':
				if (type === 'object') {
					for (const name of rule as string[]) if (!(name in (value as Node))) errors.push(`${at}.${name}: missing`);
				}
				break;
			case 'properties':
				if (type !== 'object') break;
				for (const [name, child] of Object.entries(value as Node)) {
					const property = (rule as Record<string, Node>)[name];
					if (property) errors.push(...validateJsonSchema(property, child, `${at}.${name}`));
				}
				break;
			case 'additionalProperties':
				if (type !== 'object' || rule !== false) break;
				for (const name of Object.keys(value as Node)) {
					if (!(name in ((schema.properties as Node | undefined) ?? {}))) errors.push(`${at}.${name}: unknown field`);
				}
				break;
			default:
				throw new Error(
					`validateJsonSchema does not know "${keyword}" (at ${at}); teach it before trusting this check`,
				);
		}
	}
	return errors;
};
