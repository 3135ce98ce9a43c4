import {decodeHtmlEntities} from './decode-html-entities';

export type CleanCueTextInput = {lines: readonly string[]};

// Markup is styling for players; we draw our own style, and a tag must never reach the screen.
const MARKUP = [
	/<\/?[a-z][^<>]*>/gi, // <i> <b> <u> <font color=…> <c.yellow> <v Speaker> <lang fr> and their closings
	/<\d[\d:.,]*>/g, // WebVTT karaoke timestamps: <00:00:01.000>
	/\{\\[^}]*\}/g, // ASS override codes some SRT tools leave in: {\an8}
];

/** The raw text lines of a cue → plain text, lines joined with '\n'; '' when nothing is left. */
export const cleanCueText = ({lines}: CleanCueTextInput): string =>
	lines
		.map((line) => {
			// Tags go before entities are decoded, so that a written `&lt;i&gt;` stays visible text.
			const untagged = MARKUP.reduce((text, pattern) => text.replace(pattern, ''), line);
			return decodeHtmlEntities({text: untagged})
				.replace(/[ \t]+/g, ' ')
				.trim();
		})
		.filter((line) => line !== '')
		.join('\n');
