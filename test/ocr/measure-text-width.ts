import * as fontkit from 'fontkit';
import {readFileSync} from 'node:fs';

/**
 * Width in px of a line of text set in a font file at `fontSize`, kerning included, as
 * Chrome lays it out: what measureText gives in the browser, here in Node.
 */
export const makeMeasureWidth = ({file, fontSize}: {file: string; fontSize: number}) => {
	const font = fontkit.create(readFileSync(file));
	if (!('layout' in font)) throw new TypeError(`${file} is a font collection; name one font`);
	return (text: string): number => (font.layout(text).advanceWidth * fontSize) / font.unitsPerEm;
};
