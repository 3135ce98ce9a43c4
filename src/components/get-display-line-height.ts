/** Capitals whose accent stands above the cap height (À, É, Ô…): set tight, it touches the line above. */
const ACCENTED_CAPITAL = /[ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/u;

/**
 * The least line height under which an accent clears the line above: the display face's
 * accents rise about a fifth of an em over its capitals (at 1.02, « POÈTES »'s accent under
 * « BANC » read as « BANÇ »; at 1.22 it stands clear).
 */
export const ACCENTED_LINE_HEIGHT = 1.24;

/**
 * The line height for lines of display capitals: `lineHeight`, or at least
 * ACCENTED_LINE_HEIGHT when a line after the first holds an accented capital. Pure.
 */
export const getDisplayLineHeight = (lines: readonly string[], lineHeight: number): number =>
	lines.slice(1).some((line) => ACCENTED_CAPITAL.test(line.toUpperCase()))
		? Math.max(lineHeight, ACCENTED_LINE_HEIGHT)
		: lineHeight;
