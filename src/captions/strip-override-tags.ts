export type StripOverrideTagsInput = {line: string};

export type StripOverrideTagsOutput = {
	/** The line without its `{\…}` tags; an unclosed one is left as written. */
	text: string;
	/** Where in `text` a `{\` opens a tag that no `}` closes, or null. */
	unclosedAt: number | null;
};

/**
 * Removes ASS override codes (`{\an8}`, `{\i1}`, `{\c&H00FFFF&}`) that some SRT tools leave
 * in. A tag runs from `{\` to the next `}`, as players read it. One pass with indexOf, not a
 * regex: `/\{\\[^}]*\}/g` rescans the rest of the line from every unclosed `{\`, so 50,000 of
 * them took seconds. After an unclosed one there is no `}` at all, so the scan stops there.
 */
export const stripOverrideTags = ({line}: StripOverrideTagsInput): StripOverrideTagsOutput => {
	let text = '';
	let from = 0;
	for (;;) {
		const open = line.indexOf('{\\', from);
		if (open === -1) return {text: text + line.slice(from), unclosedAt: null};
		const close = line.indexOf('}', open + 2);
		if (close === -1) return {text: text + line.slice(from), unclosedAt: text.length + open - from};
		text += line.slice(from, open);
		from = close + 1;
	}
};
