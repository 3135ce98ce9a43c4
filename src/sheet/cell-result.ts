/** What reading one cell gives: the campaign value, or what is wrong with the cell and how to fix it. */
export type CellResult = {ok: true; value: unknown} | {ok: false; message: string};

export const cellValue = (value: unknown): CellResult => ({ok: true, value});
export const cellProblem = (message: string): CellResult => ({ok: false, message});

/** Items of a list cell: separated by ";" or line breaks; a trailing ";" is fine. */
export const splitListCell = (text: string): string[] =>
	text
		.split(/[;\n]/)
		.map((item) => item.trim())
		.filter((item) => item !== '');
