/** One thing wrong with a campaign, said so that an editor can fix it without help. */
export type CampaignProblem = {
	file: string;
	/** Field path as an editor reads it: `episodes[2].teaser.segments[0].endMs`; '' for the whole file. */
	path: string;
	/** The bad value, as it appears in the file; undefined when the field is missing. */
	value?: unknown;
	/** What is wrong and how to fix it. */
	message: string;
	/** Line in the file (from 1), when known: JSON syntax errors, fields of the campaign, subtitle cues. */
	line?: number;
	/** Column in that line (from 1, in UTF-16 units as editors count them), when known. */
	column?: number;
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

// JSON.stringify escapes C0 controls but not DEL, C1 controls (U+009B starts a terminal escape
// sequence too) or the invisible line and direction marks: a hostile file must not drive the terminal.
const UNPRINTABLE = /[\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const escapeUnicode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A string as a JSON literal that prints safely on one line of a terminal. */
export const quoteText = (text: string): string => JSON.stringify(text).replace(UNPRINTABLE, escapeUnicode);

const formatValue = (value: unknown): string => {
	const text = (JSON.stringify(value) ?? String(value)).replace(UNPRINTABLE, escapeUnicode);
	return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
};

/** `file:line:column: path = value: message`, one line, as compilers print it. */
export const formatProblem = (problem: CampaignProblem): string => {
	const {file, line, column} = problem;
	const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
	const value = problem.value === undefined ? '' : ` = ${formatValue(problem.value)}`;
	const field = problem.path === '' ? '' : ` ${problem.path}${value}:`;
	return `${where}:${field} ${problem.message}`;
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `episodes[2].teaser`; a key that is not a plain name is quoted: `series["tag line"]`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
	path.reduce<string>((text, key) => {
		if (typeof key === 'number') return `${text}[${key}]`;
		const name = String(key);
		if (!IDENTIFIER.test(name)) return `${text}[${quoteText(name)}]`;
		return text === '' ? name : `${text}.${name}`;
	}, '');

const SEGMENT = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The keys of a field path made by formatPath (null when it is not one), to find the field in the file. */
export const parsePath = (path: string): Array<string | number> | null => {
	const keys: Array<string | number> = [];
	let rest = path;
	while (rest !== '') {
		const match = SEGMENT.exec(rest);
		if (!match) return null;
		const [whole, name, index, quoted] = match;
		if (name !== undefined) keys.push(name);
		else if (index !== undefined) keys.push(Number(index));
		else keys.push(JSON.parse(quoted!) as string);
		rest = rest.slice(whole.length);
	}
	return keys;
};
