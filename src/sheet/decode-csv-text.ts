/**
 * The text of a CSV file: UTF-8 (with or without the byte-order mark Excel writes), or,
 * when the bytes are not UTF-8, Windows-1252, which Excel's plain "CSV" uses on French
 * Windows and which holds « », ’ and é too.
 */
export const decodeCsvText = (bytes: Uint8Array): {text: string; encoding: 'utf-8' | 'windows-1252'} => {
	try {
		return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes), encoding: 'utf-8'};
	} catch {
		return {text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252'};
	}
};

/** The separator of the header line: `;` from a French Excel, a tab, else `,`. */
export const detectDelimiter = (text: string): ',' | ';' | '\t' => {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (char: string) => firstLine.split(char).length - 1;
	const ranked = ([',', ';', '\t'] as const).map((d) => ({d, n: count(d)})).sort((a, b) => b.n - a.n);
	return ranked[0]!.n > 0 ? ranked[0]!.d : ',';
};
