import type {z} from 'zod';
import {type CampaignProblem, formatPath} from './campaign-error';

const describeType = (value: unknown): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

const getMessage = (issue: z.core.$ZodIssue): string => {
	if (issue.code === 'invalid_type') {
		if (issue.input === undefined) return `is missing; add it (a ${issue.expected})`;
		return `should be a ${issue.expected}, not ${describeType(issue.input)}`;
	}
	if (issue.code === 'unrecognized_keys') {
		return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
	}
	if (issue.code === 'invalid_value') {
		return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	}
	if (issue.message === 'Invalid color') {
		return 'is not a colour; write a CSS colour such as "#1A98FF" or "rgb(26, 152, 255)"';
	}
	return issue.message;
};

/** Every zod issue as a problem an editor can act on (zod already reports all of them). */
export const getSchemaProblems = (file: string, error: z.ZodError): CampaignProblem[] =>
	error.issues.map((issue) => ({
		file,
		path: formatPath(issue.path),
		value: issue.code === 'unrecognized_keys' ? undefined : issue.input,
		message: getMessage(issue),
		severity: 'error',
	}));
