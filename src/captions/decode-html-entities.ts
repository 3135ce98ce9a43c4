import {decodeHTMLStrict} from 'entities/decode';

export type DecodeHtmlEntitiesInput = {text: string};

// Direction marks (`&lrm;`, `&rlm;`, or written as such) are dropped: French never needs
// them, and an invisible character would still count against the line and reading-speed limits.
const DIRECTION_MARKS = /[\u200E\u200F]/g;

/**
 * Every HTML5 character reference: `&eacute;` → `é`, `&nbsp;` → U+00A0, `&#39;` → `'`,
 * `&#x2019;` → `’`. Strict: only references closed by `;` are read, so dialogue with a bare
 * `&` (`Tom&notes`, `&copy2`) stays as written, where a browser would guess `Tom¬es`.
 * Unknown names stay as written; `&#0;` and out-of-range numbers become U+FFFD, as in HTML.
 */
export const decodeHtmlEntities = ({text}: DecodeHtmlEntitiesInput): string =>
	decodeHTMLStrict(text).replace(DIRECTION_MARKS, '');
