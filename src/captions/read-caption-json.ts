import {type Caption, createTikTokStyleCaptions} from '@remotion/captions';
import {type Node, parseTree, type ParseError} from 'jsonc-parser';
import {CAPTION_SPECS} from './caption-specs';
import {captionJsonSchema, toCaption} from './caption-json-schema';
import {cleanCueText} from './clean-cue-text';
import {quoteExcerpt} from './quote-excerpt';
import {SubtitleError} from './subtitle-error';
import type {CaptionProblem, Cue} from './types';

export type ReadCaptionJsonInput = {
	/** Name shown in problems (`ep01.json:12: …`). */
	file: string;
	text: string;
};

/**
 * OURS: a cue of a caption JSON closes once it runs this long, or at a silence this long, or
 * after a word that ends a sentence: cues about as long as a subtitler's, which paging then
 * cuts into pages.
 */
const CUE_MS = 3000;
const SILENCE_MS = 600;
const SENTENCE_END = /[.!?…»]["”’)\]]*\s*$/;

/**
 * A cue of spoken words ends with its last word, too soon to read after a quick line: like a
 * subtitler, keep it up until it reads at 17 chars/s, and end it 2 frames before the next one.
 */
const getReadableEndMs = (cue: Cue, next: Cue | undefined): number => {
	const chars = [...cue.text].length;
	const readableMs = cue.startMs + Math.ceil((chars / CAPTION_SPECS.maxCharsPerSecond) * 1000);
	const latestMs = next ? next.startMs - CAPTION_SPECS.minGapMs : Infinity;
	const endMs = Math.min(Math.max(cue.endMs, readableMs), latestMs);
	return endMs > cue.startMs ? endMs : cue.endMs;
};

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split(/\r\n|\r|\n/).length;

const fieldPathOf = (path: readonly PropertyKey[]): string =>
	path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('') || '(the whole file)';

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
	path.reduce<unknown>(
		(at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
		value,
	);

const showValue = (value: unknown): string => {
	const json = JSON.stringify(value) ?? String(value);
	return json.length > 40 ? `${json.slice(0, 39)}…` : json;
};

const nodeAt = (tree: Node | undefined, path: readonly PropertyKey[]): Node | undefined => {
	let node = tree;
	for (const key of path) {
		if (!node?.children) return node;
		const child: Node | undefined =
			typeof key === 'number'
				? node.children[key]
				: node.children.find((property) => property.children?.[0]?.value === key)?.children?.[1];
		if (!child) return node;
		node = child;
	}
	return node;
};

/**
 * A word-level caption JSON (Remotion's `Caption[]`, as whisper.cpp or the OpenAI Whisper API
 * give it through Remotion) → cues with their words' times. Words are grouped into cues with
 * Remotion's createTikTokStyleCaptions, closing a cue after a sentence, a silence or 3 s. What
 * is wrong throws one SubtitleError naming each place: line, index and field, value, fix.
 */
export const readCaptionJson = ({file, text}: ReadCaptionJsonInput): Cue[] => {
	const source = text.replace(/^\uFEFF/, '');
	const errors: ParseError[] = [];
	const tree = parseTree(source, errors, {disallowComments: true, allowTrailingComma: false});
	const problem = (line: number, message: string): CaptionProblem => ({
		file,
		line,
		cue: null,
		rule: 'bad-caption-json',
		message,
		severity: 'error',
	});
	if (errors.length > 0 || !tree) {
		const offset = errors[0]?.offset ?? 0;
		const found = quoteExcerpt({text: source.slice(offset, offset + 20)});
		const message = `is not valid JSON near ${found}; export the captions again as a JSON list of {"text", "startMs", "endMs"}`;
		throw new SubtitleError([problem(lineOf(source, offset), message)]);
	}
	const value: unknown = JSON.parse(source);
	const parsed = captionJsonSchema.safeParse(value);
	const schemaProblems = (parsed.error?.issues ?? []).map((issue) => {
		const bad = valueAt(value, issue.path);
		const shown = bad === undefined ? 'missing' : showValue(bad);
		const line = lineOf(source, nodeAt(tree, issue.path)?.offset ?? 0);
		return problem(line, `${fieldPathOf(issue.path)} = ${shown}: ${issue.message}`);
	});
	// Checked on the raw items too, so that one run lists both kinds of mistake.
	const starts = Array.isArray(value) ? value.map((item) => valueAt(item, ['startMs'])) : [];
	const orderProblems = starts.flatMap((startMs, i) => {
		const previous = starts[i - 1];
		if (typeof startMs !== 'number' || typeof previous !== 'number' || startMs >= previous) return [];
		const message = `[${i}].startMs = ${startMs}: starts before the caption before it ([${i - 1}], at ${previous} ms); sort the captions by startMs`;
		return [problem(lineOf(source, nodeAt(tree, [i])?.offset ?? 0), message)];
	});
	const problems = [...schemaProblems, ...orderProblems].sort((a, b) => a.line - b.line);
	if (!parsed.success || problems.length > 0) throw new SubtitleError(problems);
	const items = parsed.data;

	// Remotion's format puts the space before each word in its text (" Bonjour"), and a token
	// without one continues the word before it; a file with no such space has one word per item.
	const spaced = items.slice(1).some((item) => /^\s/.test(item.text));
	const captions: Caption[] = items.map((item, i) => {
		const caption = toCaption(item);
		const withSpace = spaced || i === 0 ? caption.text : ` ${caption.text}`;
		return {...caption, text: withSpace, pageBreakAfter: caption.pageBreakAfter || SENTENCE_END.test(caption.text)};
	});
	const {pages} = createTikTokStyleCaptions({
		captions,
		combineTokensWithinMilliseconds: CUE_MS,
		breakOnSilenceAfterMilliseconds: SILENCE_MS,
	});
	return pages
		.flatMap((page): Cue[] => {
			const words = page.tokens.map(({text: word, fromMs, toMs}) => ({
				text: word.trim(),
				startMs: fromMs,
				endMs: toMs,
			}));
			const last = page.tokens[page.tokens.length - 1];
			const cueText = cleanCueText({lines: [page.text.replace(/\s+/g, ' ')]}).text;
			if (!last || cueText === '') return [];
			const first = Math.max(
				items.findIndex((item) => item.startMs >= page.startMs && item.text.trim() !== ''),
				0,
			);
			const line = lineOf(source, nodeAt(tree, [first])?.offset ?? 0);
			const endMs = Math.max(last.toMs, page.startMs);
			return [{index: 0, line, startMs: page.startMs, endMs, text: cueText, words}];
		})
		.map((cue, i, cues) => ({...cue, index: i + 1, endMs: getReadableEndMs(cue, cues[i + 1])}));
};
