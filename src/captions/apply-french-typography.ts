const NNBSP = '\u202F'; // narrow no-break space: before ; ! ? and inside « »
const NBSP = '\u00A0'; // no-break space: before :

// Links keep their characters: `?` in a query or `:` in `https:` is not French punctuation.
const URL = /(?:https?:\/\/|www\.)\S*[^\s.,;:!?…»"'’)\]]/gi;
// Private-use characters stand in for links while the rules run; subtitles never contain them.
const PLACEHOLDER_BASE = 0xe000;
// Any space a mark may sit after, fixed-width ones included (`&thinsp;` decodes to U+2009):
// each becomes the one French wants.
const SPACES = '[ \\u00A0\\u2000-\\u200A\\u202F]*';
// A run of spaces is only tried from its first space: tried from each of them, as a bare
// `${SPACES}»` is, 100,000 no-break spaces with no mark after them took 30 s.
const SPACES_BEFORE = `(?<![ \\u00A0\\u2000-\\u200A\\u202F])${SPACES}`;
const isLineStart = (text: string, offset: number) => offset === 0 || text[offset - 1] === '\n';
const isLineEnd = (text: string, offset: number) => offset >= text.length || text[offset] === '\n';

/**
 * French typographic norm: U+202F before `; ! ?` and inside « », U+00A0 before
 * `:`, `…` as one character, `’` for the apostrophe, single spaces. The no-break spaces
 * keep punctuation from wrapping onto a line of its own. Idempotent, so it is safe to
 * apply to text that was already typeset (by an override, or by hand).
 */
export const applyFrenchTypography = (text: string): string => {
	const links: string[] = [];
	let result = text.replace(URL, (link) => {
		links.push(link);
		return String.fromCharCode(PLACEHOLDER_BASE + links.length - 1);
	});
	result = result
		.replace(/[ \t]+/g, ' ')
		.replace(/\.\.\./g, '…')
		.replace(/"([^"]*)"/g, '«$1»')
		.replace(/'/g, '’')
		.replace(new RegExp(`«${SPACES}`, 'g'), (match, offset: number, whole: string) =>
			isLineEnd(whole, offset + match.length) ? '«' : `«${NNBSP}`,
		)
		.replace(new RegExp(`${SPACES_BEFORE}»`, 'g'), (_match, offset: number, whole: string) =>
			isLineStart(whole, offset) ? '»' : `${NNBSP}»`,
		)
		// A run such as `?!` is one mark: one space before the pair, none inside it.
		.replace(new RegExp(`${SPACES_BEFORE}([!?]+|[;:])`, 'g'), (match, mark: string, offset: number, whole: string) => {
			const before = whole[offset - 1] ?? '';
			const after = whole.slice(offset + match.length);
			const isTime = mark === ':' && match === ':' && /\d/.test(before) && /^\d/.test(after);
			if (isTime || (mark === ':' && after.startsWith('//'))) return match;
			if (isLineStart(whole, offset)) return mark;
			return `${mark === ':' ? NBSP : NNBSP}${mark}`;
		})
		.replace(/^ +| +$/gm, '');
	return result.replace(
		/[\uE000-\uF8FF]/g,
		(placeholder) => links[placeholder.charCodeAt(0) - PLACEHOLDER_BASE] ?? placeholder,
	);
};
