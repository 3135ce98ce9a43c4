/** One thing wrong with a campaign, said so that an editor can fix it without help. */
export type CampaignProblem = {
	file: string;
	/** Field path as an editor reads it: `episodes[2].teaser.segments[0].endMs`; '' for the whole file. */
	path: string;
	/** The bad value, as it appears in the file; undefined when the field is missing. */
	value?: unknown;
	/** What is wrong and how to fix it. */
	message: string;
	/** Line in the file, when known (JSON syntax errors, subtitle cues). */
	line?: number;
	severity?: 'error' | 'warning';
};

export class CampaignError extends Error {
	readonly problems: readonly CampaignProblem[];

	constructor(problems: readonly CampaignProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'CampaignError';
		this.problems = problems;
	}
}

const MAX_VALUE_LENGTH = 60;

const formatValue = (value: unknown): string => {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
};

/** `file:line: path = value: message`, one line, as compilers print it. */
export const formatProblem = (problem: CampaignProblem): string => {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const value = problem.value === undefined ? '' : ` = ${formatValue(problem.value)}`;
	const field = problem.path === '' ? '' : ` ${problem.path}${value}:`;
	return `${where}:${field} ${problem.message}`;
};

export const formatPath = (path: readonly PropertyKey[]): string =>
	path.reduce<string>((text, key) => {
		if (typeof key === 'number') return `${text}[${key}]`;
		return text === '' ? String(key) : `${text}.${String(key)}`;
	}, '');
