export type JsonResult = {ok: true; value: unknown} | {ok: false; line: number; message: string};

/** JSON.parse, with the line of a syntax error so an editor can find it. */
export const parseJsonWithLines = (text: string): JsonResult => {
	const withoutBom = text.replace(/^\uFEFF/, '');
	try {
		return {ok: true, value: JSON.parse(withoutBom)};
	} catch (error) {
		const message = (error as Error).message;
		const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
		const lineFromMessage = Number(/line (\d+)/.exec(message)?.[1] ?? NaN);
		const line = Number.isNaN(position)
			? Number.isNaN(lineFromMessage)
				? 1
				: lineFromMessage
			: withoutBom.slice(0, position).split('\n').length;
		return {ok: false, line, message: `invalid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`};
	}
};
