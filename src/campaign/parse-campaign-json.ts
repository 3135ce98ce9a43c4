import {createScanner, getNodeValue, type Node, type ParseError, parseTree} from 'jsonc-parser';
import {parsePath, quoteText} from './campaign-error';

/** A campaign is about 6 levels deep; anything far deeper is a broken or hostile file. */
export const MAX_JSON_DEPTH = 64;

/** Past this many syntax errors the rest are echoes of the first ones. */
const MAX_SYNTAX_ERRORS = 20;

export type TextPosition = {line: number; column: number};
export type JsonSyntaxProblem = TextPosition & {message: string};

export type ParsedCampaignJson =
	| {
			ok: true;
			value: unknown;
			/** Comments, trailing commas, repeated keys: the value is still clear, but a .json file must not have them. */
			problems: JsonSyntaxProblem[];
			/** Where a field path (`episodes[3].title`) is written; the nearest written parent when it is missing. */
			locate: (path: string) => TextPosition | null;
	  }
	| {ok: false; problems: JsonSyntaxProblem[]};

// jsonc-parser's SyntaxKind and ParseErrorCode are const enums, which isolated modules cannot read.
const TOKEN = {
	openBrace: 1,
	closeBrace: 2,
	openBracket: 3,
	closeBracket: 4,
	comma: 5,
	lineComment: 12,
	blockComment: 13,
};
const TRIVIA = new Set([14, 15]);
const EOF = 17;

const SYNTAX_MESSAGES: Record<number, string> = {
	1: 'is not JSON; write an object, a list, a "string", a number, true, false or null',
	2: 'is not a JSON number; write digits such as 12 or 4.5',
	3: 'a field name in double quotes is expected here; write "name": value',
	4: 'a value is expected here; write a "string", a number, an object or a list',
	5: 'a ":" is expected after the field name',
	6: 'a "," is expected between two items',
	7: 'a "}" is expected to close the object',
	8: 'a "]" is expected to close the list',
	9: 'text after the end of the campaign object; remove it',
	11: 'a /* comment is not closed, and JSON has no comments; remove it',
	12: 'a string is not closed; end it with " on the same line',
	13: 'a number ends too early; write its digits',
	14: 'a \\u escape needs 4 hex digits, e.g. \\u00e9',
	15: 'a string holds an escape JSON does not know; use \\n, \\t, \\", \\\\ or \\uXXXX',
	16: 'a string holds a raw control character (a line break or a tab?); write it as \\n or \\t, or remove it',
};

const getLineStarts = (text: string): number[] => {
	const starts = [0];
	for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
	return starts;
};

const makePositionOf =
	(lineStarts: number[]) =>
	(offset: number): TextPosition => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if (lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return {line: low + 1, column: offset - lineStarts[low]! + 1};
	};

type Scan = {tooDeepAt: number | null; strict: Array<{offset: number; message: string}>};

/** One pass over the tokens, before any recursive parser: depth, comments and trailing commas. */
const scanTokens = (text: string): Scan => {
	const scanner = createScanner(text, false);
	const strict: Scan['strict'] = [];
	let depth = 0;
	let commaAt: number | null = null;
	for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
		if (TRIVIA.has(token)) continue;
		const offset = scanner.getTokenOffset();
		if (token === TOKEN.lineComment || token === TOKEN.blockComment) {
			strict.push({offset, message: 'JSON has no comments; remove it, or say it in a field such as "idea"'});
			continue;
		}
		if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
			depth++;
			if (depth > MAX_JSON_DEPTH) return {tooDeepAt: offset, strict};
		}
		if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) {
			depth--;
			if (commaAt !== null) strict.push({offset: commaAt, message: 'a comma before a closing bracket; remove it'});
		}
		commaAt = token === TOKEN.comma ? offset : null;
	}
	return {tooDeepAt: null, strict};
};

/** JSON keeps the last of two equal keys, silently: say so. Depth is bounded by the scan. */
const findRepeatedKeys = (node: Node, found: Array<{offset: number; message: string}>): void => {
	if (node.type === 'object') {
		const seen = new Map<unknown, number>();
		for (const property of node.children ?? []) {
			const key = property.children?.[0];
			if (!key) continue;
			const first = seen.get(key.value);
			if (first === undefined) seen.set(key.value, key.offset);
			else found.push({offset: key.offset, message: `repeats the field ${JSON.stringify(key.value)}; keep one`});
		}
	}
	for (const child of node.children ?? []) findRepeatedKeys(child, found);
};

/** The last property of that name, as JSON.parse keeps it. */
const findProperty = (object: Node, key: string): Node | undefined => {
	const properties = object.children ?? [];
	for (let n = properties.length - 1; n >= 0; n--) {
		if (properties[n]!.children?.[0]?.value === key) return properties[n];
	}
	return undefined;
};

/**
 * Parses a campaign file as strict JSON and reports every syntax error with its line and
 * column. Comments and trailing commas are errors too (it is a .json file), but the value is
 * still read so that the schema's problems come in the same run. Never throws, however deep
 * or broken the text.
 */
export const parseCampaignJson = (text: string): ParsedCampaignJson => {
	const source = text.replace(/^\uFEFF/, '');
	const positionOf = makePositionOf(getLineStarts(source));
	const toProblems = (found: Array<{offset: number; message: string}>): JsonSyntaxProblem[] => {
		const sorted = [...found].sort((a, b) => a.offset - b.offset);
		// One error a line: the parser's recovery adds echoes of the first (a value expected after a bad symbol).
		const placed = sorted.map((p) => ({...positionOf(p.offset), message: p.message}));
		const unique = placed.filter((p, n) => n === 0 || p.line !== placed[n - 1]!.line);
		const shown = unique.slice(0, MAX_SYNTAX_ERRORS);
		if (unique.length <= MAX_SYNTAX_ERRORS) return shown;
		const last = shown.at(-1)!;
		return [...shown, {...last, message: `and ${unique.length - MAX_SYNTAX_ERRORS} more syntax errors after this one`}];
	};
	if (source.trim() === '') {
		return {
			ok: false,
			problems: [{line: 1, column: 1, message: 'the file is empty; write the campaign as a JSON object'}],
		};
	}
	const scan = scanTokens(source);
	if (scan.tooDeepAt !== null) {
		return {
			ok: false,
			problems: toProblems([
				{
					offset: scan.tooDeepAt,
					message: `nesting deeper than ${MAX_JSON_DEPTH} levels; a campaign is at most ~6 levels deep: check the brackets`,
				},
			]),
		};
	}
	const errors: ParseError[] = [];
	const tree = parseTree(source, errors, {allowTrailingComma: true, disallowComments: false});
	const syntax = errors.map(({error, offset, length}) => {
		const token = source.slice(offset, offset + Math.min(length, 20));
		const what = error === 1 || error === 2 ? `${quoteText(token)} ` : '';
		return {offset, message: `${what}${SYNTAX_MESSAGES[error] ?? 'is not valid JSON'}`};
	});
	if (syntax.length > 0 || !tree) return {ok: false, problems: toProblems([...syntax, ...scan.strict])};
	const repeated: Scan['strict'] = [];
	findRepeatedKeys(tree, repeated);
	const locate = (path: string): TextPosition | null => {
		const keys = parsePath(path);
		if (!keys) return null;
		let at: Node = tree;
		let mark: Node = tree;
		for (const key of keys) {
			const child =
				typeof key === 'number'
					? at.type === 'array'
						? at.children?.[key]
						: undefined
					: at.type === 'object'
						? findProperty(at, key)
						: undefined;
			if (!child) break;
			mark = child;
			at = child.type === 'property' ? (child.children?.[1] ?? child) : child;
		}
		return positionOf(mark.offset);
	};
	return {ok: true, value: getNodeValue(tree) as unknown, problems: toProblems([...scan.strict, ...repeated]), locate};
};
