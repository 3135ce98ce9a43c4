import {getBreakRules} from './french-break-rules';

const NO_BREAK_SPACE = '\u00A0';

/**
 * A display text (a hook, a title, a release line) with a no-break space wherever a French
 * subtitler would never break a line (getBreakRules: after an article or a preposition,
 * inside a name, between a number and its unit), so that card and header lines, which break
 * at spaces, keep « le square » or « 22 janvier » together. Before any upper-casing: names
 * are found by their capitals. Pure.
 */
export const tieFrenchWords = (text: string): string => {
	const words = text.split(' ');
	const rules = getBreakRules(words);
	return words.map((word, i) => (i === 0 ? word : `${rules[i - 1]?.forbidden ? NO_BREAK_SPACE : ' '}${word}`)).join('');
};
