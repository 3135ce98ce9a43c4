export type DecodeHtmlEntitiesInput = {text: string};

// The entities subtitle tools write. Direction marks are dropped: French never needs them,
// and an invisible character would still count against the line and reading-speed limits.
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00A0',
	lrm: '',
	rlm: '',
};

/** `&amp;` → `&`, `&#39;` → `'`, `&#x2019;` → `’`; unknown entities are left as written. */
export const decodeHtmlEntities = ({text}: DecodeHtmlEntitiesInput): string =>
	text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#')) {
			const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
		}
		return NAMED[name.toLowerCase()] ?? entity;
	});
