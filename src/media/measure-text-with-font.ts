import * as fontkit from 'fontkit';
import {readFileSync, statSync} from 'node:fs';

type Font = ReturnType<typeof fontkit.create>;

// A font's first layout takes most of a second (its tables are read then): each file is
// opened once per process, and again only when it changes.
const opened = new Map<string, {stamp: string; font: Font}>();

const openFont = (file: string): Font => {
	const {mtimeMs, size} = statSync(file);
	const stamp = `${mtimeMs}:${size}`;
	const known = opened.get(file);
	if (known?.stamp === stamp) return known.font;
	const font = fontkit.create(readFileSync(file));
	opened.set(file, {stamp, font});
	return font;
};

/**
 * Node only. The width in px of a line of text set in this font file at this size, laid
 * out by fontkit (kerning included): what the browser measures with the same font, for
 * code that pages captions outside it (`npm run check -- --captions`). Laying a line out
 * takes about 6 ms and paging tries hundreds of lines, so each word is laid out once and a
 * line is the sum of its words and of what each space adds between the letters around it
 * (kerning acts on neighbouring pairs only, so the sum is the line's width).
 */
export const measureTextWithFont = ({file, fontSize}: {file: string; fontSize: number}): ((text: string) => number) => {
	const font = openFont(file);
	if (!('layout' in font)) throw new TypeError(`${file} is a font collection; point at a single font file`);
	// Inter's Latin subset, like many web fonts, has no U+202F (French's narrow no-break space):
	// Chrome draws it from a fallback font, a narrow space; fontkit would count a missing glyph's box.
	const narrowSpace = font.hasGlyphForCodePoint(0x202f) ? '\u202F' : '\u2009';
	const widths = new Map<string, number>();
	const measure = (text: string): number => {
		let width = widths.get(text);
		if (width === undefined) {
			width = font.layout(text.replace(/\u202F/g, narrowSpace)).advanceWidth;
			widths.set(text, width);
		}
		return width;
	};
	return (text) => {
		const words = text.split(' ');
		let units = 0;
		words.forEach((word, i) => {
			units += measure(word);
			const next = words[i + 1];
			if (next === undefined) return;
			const before = [...word].pop() ?? '';
			const after = [...next][0] ?? '';
			units += measure(`${before} ${after}`) - measure(before) - measure(after);
		});
		return (units / font.unitsPerEm) * fontSize;
	};
};
