import * as fontkit from 'fontkit';
import {readFileSync} from 'node:fs';

/**
 * Node only. The width in px of a line of text set in this font file at this size, laid
 * out by fontkit (kerning included): what the browser measures with the same font, for
 * code that pages captions outside it (`npm run check -- --captions`).
 */
export const measureTextWithFont = ({file, fontSize}: {file: string; fontSize: number}): ((text: string) => number) => {
	const font = fontkit.create(readFileSync(file));
	if (!('layout' in font)) throw new TypeError(`${file} is a font collection; point at a single font file`);
	return (text) => (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize;
};
