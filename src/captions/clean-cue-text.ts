import {CONTROL_CHARACTERS, formatCodePoint} from './control-characters';
import {decodeHtmlEntities} from './decode-html-entities';
import {quoteExcerpt} from './quote-excerpt';
import {stripOverrideTags} from './strip-override-tags';

export type CleanCueTextInput = {lines: readonly string[]};

/** Something in a cue's text that was not burned in as written. */
export type CueTextFlaw = {
	/** Index in `lines` of the line it is on. */
	lineOffset: number;
	rule: 'unclosed-tag' | 'control-character';
	severity: 'error' | 'warning';
	/** What is wrong and the fix; the caller names the file, line and cue. */
	message: string;
};

export type CleanCueTextOutput = {
	/** Plain text, lines joined with '\n'; '' when nothing is left. */
	text: string;
	flaws: CueTextFlaw[];
};

// Markup is styling for players; we draw our own style, and a tag must never reach the screen.
const MARKUP = [
	/<\/?[a-z][^<>]*>/gi, // <i> <b> <u> <font color=…> <c.yellow> <v Speaker> <lang fr> and their closings
	/<\d[\d:.,]*>/g, // WebVTT karaoke timestamps: <00:00:01.000>
];

// One flaw per kind per cue, on the first line that has it: a cue of 30,000 broken lines gives
// two problems, not 60,000 (which took longer to report than the whole file to read).
const onMoreLines = (lineCount: number) =>
	lineCount > 1 ? ` (and on ${lineCount - 1} more ${lineCount === 2 ? 'line' : 'lines'} of this cue)` : '';

type FoundControls = {count: number; chars: Set<string>};

const describeControls = ({count, chars}: FoundControls, lineCount: number): string => {
	const names = [...chars].map(formatCodePoint).join(', ');
	return count === 1
		? `the control character ${names} is invisible and was left out; delete it from the file`
		: `${count} control characters (${names})${onMoreLines(lineCount)} are invisible and were left out; delete them from the file`;
};

const describeUnclosedTag = (excerpt: string, lineCount: number): string =>
	`${quoteExcerpt({text: excerpt})}${onMoreLines(lineCount)} opens an override tag with "{\\" that no "}" closes; add the "}" where the tag ends, as in {\\an8}, or delete the "{\\"`;

/** `text` without its control characters, which are counted in `found`. */
const dropControls = (text: string, found: FoundControls): string =>
	text.replace(CONTROL_CHARACTERS, (char) => {
		found.count++;
		found.chars.add(char);
		return '';
	});

/**
 * The raw text lines of a cue → plain text: tags stripped, entities decoded, control
 * characters left out, spaces collapsed. What was not shown as written comes back as flaws.
 */
export const cleanCueText = ({lines}: CleanCueTextInput): CleanCueTextOutput => {
	const controls: FoundControls = {count: 0, chars: new Set()};
	const controlLines: number[] = [];
	const unclosed: {lineOffset: number; excerpt: string}[] = [];
	const cleaned = lines.map((line, lineOffset) => {
		const before = controls.count;
		// Controls go first, so that `<\0i>` is still seen as a tag; tags go before entities are
		// decoded, so that a written `&lt;i&gt;` stays visible text; a decoded `&#1;` goes last.
		const untagged = MARKUP.reduce((text, pattern) => text.replace(pattern, ''), dropControls(line, controls));
		const {text, unclosedAt} = stripOverrideTags({line: untagged});
		// Players show an unclosed tag as text; we cannot tell where it was meant to end.
		if (unclosedAt !== null) unclosed.push({lineOffset, excerpt: text.slice(unclosedAt, unclosedAt + 100)});
		const plain = dropControls(decodeHtmlEntities({text}), controls);
		if (controls.count > before) controlLines.push(lineOffset);
		return plain.replace(/[ \t]+/g, ' ').trim();
	});
	const flaws: CueTextFlaw[] = [];
	const [firstUnclosed] = unclosed;
	if (firstUnclosed) {
		const message = describeUnclosedTag(firstUnclosed.excerpt, unclosed.length);
		flaws.push({lineOffset: firstUnclosed.lineOffset, rule: 'unclosed-tag', severity: 'error', message});
	}
	const [firstControlLine] = controlLines;
	if (firstControlLine !== undefined) {
		const message = describeControls(controls, controlLines.length);
		flaws.push({lineOffset: firstControlLine, rule: 'control-character', severity: 'warning', message});
	}
	return {text: cleaned.filter((line) => line !== '').join('\n'), flaws};
};
