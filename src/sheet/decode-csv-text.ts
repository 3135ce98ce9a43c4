/** Windows-1252's characters for bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest is Latin-1. */
const WINDOWS_1252_HIGH =
	'\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

/**
 * The text of a CSV file: UTF-8 (with or without the byte-order mark Excel writes), or,
 * when the bytes are not UTF-8, Windows-1252, which Excel's plain "CSV" uses on French
 * Windows and which holds « », ’ and é too.
 */
export const decodeCsvText = (bytes: Uint8Array): {text: string; encoding: 'utf-8' | 'windows-1252'} => {
	try {
		return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes), encoding: 'utf-8'};
	} catch {
		// Byte by byte: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 controls.
		const text = Array.from(bytes, (byte) =>
			byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte),
		).join('');
		return {text, encoding: 'windows-1252'};
	}
};

/** The separator of the header line: `;` from a French Excel, a tab, else `,`. */
export const detectDelimiter = (text: string): ',' | ';' | '\t' => {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (char: string) => firstLine.split(char).length - 1;
	const ranked = ([',', ';', '\t'] as const).map((d) => ({d, n: count(d)})).sort((a, b) => b.n - a.n);
	return ranked[0]!.n > 0 ? ranked[0]!.d : ',';
};
