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

const describeControls = (found: readonly string[]): string => {
	const names = [...new Set(found.map(formatCodePoint))];
	return found.length === 1
		? `the control character ${names[0]} is invisible and was left out; delete it from the file`
		: `${found.length} control characters (${names.join(', ')}) are invisible and were left out; delete them from the file`;
};

/**
 * The raw text lines of a cue → plain text: tags stripped, entities decoded, control
 * characters left out, spaces collapsed. What was not shown as written comes back as flaws.
 */
export const cleanCueText = ({lines}: CleanCueTextInput): CleanCueTextOutput => {
	const flaws: CueTextFlaw[] = [];
	const cleaned = lines.map((line, lineOffset) => {
		const controls: string[] = [];
		const dropControls = (text: string) =>
			text.replace(CONTROL_CHARACTERS, (char) => {
				controls.push(char);
				return '';
			});
		// Controls go first, so that `<\0i>` is still seen as a tag; tags go before entities are
		// decoded, so that a written `&lt;i&gt;` stays visible text; a decoded `&#1;` goes last.
		const untagged = MARKUP.reduce((text, pattern) => text.replace(pattern, ''), dropControls(line));
		const {text, unclosedAt} = stripOverrideTags({line: untagged});
		if (unclosedAt !== null) {
			// Players show an unclosed tag as text; we cannot tell where it was meant to end.
			const message = `${quoteExcerpt({text: text.slice(unclosedAt)})} opens an override tag with "{\\" that no "}" closes; add the "}" where the tag ends, as in {\\an8}, or delete the "{\\"`;
			flaws.push({lineOffset, rule: 'unclosed-tag', severity: 'error', message});
		}
		const plain = dropControls(decodeHtmlEntities({text}));
		if (controls.length > 0) {
			flaws.push({lineOffset, rule: 'control-character', severity: 'warning', message: describeControls(controls)});
		}
		return plain.replace(/[ \t]+/g, ' ').trim();
	});
	return {text: cleaned.filter((line) => line !== '').join('\n'), flaws};
};
