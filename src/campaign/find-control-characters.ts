import {type CampaignProblem, formatPath} from './campaign-error';

/**
 * Fields of long text, where "\n" breaks the line: the Studio's textareas (zTextarea) and a
 * caption's new text. Everywhere else a string is one line. `[]` stands for any index.
 */
export const MULTILINE_FIELDS: readonly string[] = [
	'series.idea',
	'episodes[].synopsis',
	'episodes[].captions.overrides[].text',
];

// Unicode's control characters (C0, DEL, C1): invisible, and a NUL or an escape sequence
// breaks titles, file names and terminals downstream.
const CONTROL = /\p{Cc}/gu;
const HAS_CONTROL = /\p{Cc}/u;

const NAMES: Record<string, string> = {'\0': 'NUL', '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return'};

const describe = (char: string): string => {
	const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return NAMES[char] ? `${code} (${NAMES[char]})` : code;
};

type Entry = {value: unknown; path: PropertyKey[]};

/**
 * Every string of the raw campaign that holds a control character, one problem per field,
 * found in one pass rather than by a rule on each field. Line breaks are fine in MULTILINE_FIELDS.
 */
export const findControlCharacters = ({file, raw}: {file: string; raw: unknown}): CampaignProblem[] => {
	const problems: CampaignProblem[] = [];
	// A stack, not recursion: the value may come from anywhere.
	const stack: Entry[] = [{value: raw, path: []}];
	while (stack.length > 0) {
		const {value, path} = stack.pop()!;
		if (Array.isArray(value)) {
			for (let n = value.length - 1; n >= 0; n--) stack.push({value: value[n], path: [...path, n]});
			continue;
		}
		if (typeof value === 'object' && value !== null) {
			const entries = Object.entries(value);
			for (let n = entries.length - 1; n >= 0; n--) {
				const [key, child] = entries[n]!;
				stack.push({value: child, path: [...path, key]});
			}
			continue;
		}
		if (typeof value !== 'string' || !HAS_CONTROL.test(value)) continue;
		const multiline = MULTILINE_FIELDS.includes(formatPath(path).replace(/\[\d+\]/g, '[]'));
		const found = [...value.matchAll(CONTROL)].filter((m) => !(multiline && m[0] === '\n'));
		const first = found[0];
		if (!first) continue;
		const where = `${describe(first[0])} at character ${first.index + 1}`;
		const lineBreaks = multiline ? ' (line breaks are fine here: write them as \\n)' : '';
		problems.push({
			file,
			path: formatPath(path),
			value,
			message:
				found.length === 1
					? `holds the control character ${where}; remove it${lineBreaks}`
					: `holds ${found.length} control characters, the first ${where}; remove them${lineBreaks}`,
			severity: 'error',
		});
	}
	return problems;
};
