import type {z} from 'zod';
import {formatPath} from '../campaign/campaign-error';

/**
 * Remotion checks props against the schema only in Studio; renders (and --props files)
 * are checked here so a bad prop stops with the field named, not with a broken frame.
 */
export const parseProps = <T extends z.ZodType>(schema: T, props: unknown, composition: string): z.infer<T> => {
	const result = schema.safeParse(props);
	if (result.success) return result.data;
	// One line: the Remotion CLI shows only the first line of an error.
	const fields = result.error.issues.map((issue) => `${formatPath(issue.path) || '(props)'}: ${issue.message}`);
	throw new TypeError(
		`Invalid props for ${composition}: ${fields.join('; ')}. Fix these fields in the props (or the campaign they come from).`,
	);
};
