import {CONTROL_CHARACTERS, formatCodePoint} from './control-characters';

export type QuoteExcerptInput = {text: string};

// Longer than any subtitle line (42 at most) or timing line with its settings.
const MAX_CHARS = 60;

/**
 * A piece of the file, quoted for a message: cut to 60 characters, so a 100 KB line cannot
 * flood the terminal, and with control characters named (`<U+001B>`) rather than sent to it.
 */
export const quoteExcerpt = ({text}: QuoteExcerptInput): string => {
	const cut = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
	return `"${cut.replace(CONTROL_CHARACTERS, (char) => `<${formatCodePoint(char)}>`)}"`;
};
