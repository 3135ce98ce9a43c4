import type {z} from 'zod';
import {type CampaignProblem, formatPath, quoteText} from './campaign-error';

const describeType = (value: unknown): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

/** A hostile file can have thousands of unknown fields: the message names a few. */
const MAX_KEYS_NAMED = 5;

const getMessage = (issue: z.core.$ZodIssue): string => {
	if (issue.code === 'invalid_type') {
		if (issue.input === undefined) return `is missing; add it (a ${issue.expected})`;
		return `should be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}, not ${describeType(issue.input)}`;
	}
	if (issue.code === 'unrecognized_keys') {
		const {keys} = issue;
		const more = keys.length > MAX_KEYS_NAMED ? ` and ${keys.length - MAX_KEYS_NAMED} more` : '';
		const names = keys.slice(0, MAX_KEYS_NAMED).map(quoteText).join(', ');
		return `has unknown field${keys.length > 1 ? 's' : ''} ${names}${more}; check the spelling or remove ${keys.length > 1 ? 'them' : 'it'}`;
	}
	if (issue.code === 'invalid_value') {
		return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	}
	if (issue.message === 'Invalid color') {
		return 'is not a colour; write a CSS colour such as "#1A98FF" or "rgb(26, 152, 255)"';
	}
	return issue.message;
};

type Locate = (path: string) => {line: number; column: number} | null;

/**
 * Every zod issue as a problem an editor can act on (zod already reports all of them), at its
 * place in the file when `locate` knows it: an unknown field at its own line, not its object's.
 */
export const getSchemaProblems = (file: string, error: z.ZodError, locate: Locate = () => null): CampaignProblem[] =>
	error.issues.map((issue) => {
		const path = formatPath(issue.path);
		const at = issue.code === 'unrecognized_keys' ? formatPath([...issue.path, ...issue.keys.slice(0, 1)]) : path;
		return {
			file,
			path,
			value: issue.code === 'unrecognized_keys' ? undefined : issue.input,
			message: getMessage(issue),
			...locate(at),
			severity: 'error',
		};
	});
