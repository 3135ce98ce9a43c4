import type {CaptionBreak} from './caption-break-schema';
import {normaliseWord} from './french-break-rules';
import type {PageFlaw} from './get-page-flaws';

/** What editors are told about a page: the paginator's flaws and a reading speed over the limit. */
export type CaptionFlawRule = PageFlaw['rule'] | 'reading-speed';

export type GetFlawFixInput = {
	rule: CaptionFlawRule;
	/** The cue's number in its subtitle file and its words as paged (getWordTimings). */
	cue: number;
	texts: readonly string[];
	/** The cue's words on the page: [first, last + 1). */
	page: readonly [number, number];
	/** The word the flaw is about (PageFlaw.word), when it names one. */
	word?: number;
};

/** A word as an editor would type it in a break: the punctuation around it left out (matching ignores it). */
const bare = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || text;

/** `{"word": "la", "position": "after", "break": "none"}` for the word at `at`, its occurrence when it repeats. */
const makeBreak = (texts: readonly string[], at: number, position: 'before' | 'after', kind: CaptionBreak['break']) => {
	const wanted = normaliseWord(texts[at] ?? '');
	const occurrence = texts.slice(0, at + 1).filter((text) => normaliseWord(text) === wanted).length;
	const entry: CaptionBreak = {
		word: bare(texts[at] ?? ''),
		...(position === 'after' ? {position} : {}),
		...(occurrence > 1 ? {occurrence} : {}),
		break: kind,
	};
	return Object.entries(entry)
		.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
		.join(', ');
};

// Words timed by the file keep their times whatever the cue's end; only untimed words share a longer cue.
const LATER_END = 'a cue without word times also gets more time from a later "endMs"';

const addBreak = (cue: number, entry: string) => `add {"cue": ${cue}, "breaks": [{${entry}}]} to the overrides`;

/** Pure. What lifts pages read too fast, from these cues: shorter text, more time, or another page break. */
export const getSpeedFix = (cues: readonly number[]): string => {
	const [first] = cues;
	const which =
		cues.length === 1 ? `cue ${first}` : `cues ${cues.slice(0, -1).join(', ')} and ${cues[cues.length - 1]}`;
	return `shorten the text of ${which} (e.g. add {"cue": ${first}, "text": "…"} to the overrides) or move a page break so that the page gets more of its cue's time; ${LATER_END}`;
};

/**
 * Pure. What an editor writes in the campaign's caption overrides to lift one page flaw: the
 * break that keeps the words together (the word named as the override schema takes it), or
 * the text or time edit when no break can help.
 */
export const getFlawFix = ({rule, cue, texts, page: [first, last], word}: GetFlawFixInput): string => {
	switch (rule) {
		case 'orphan': {
			const at = word ?? first;
			return at > 0
				? `${addBreak(cue, makeBreak(texts, at, 'before', 'none'))} (it joins the words before), or edit the cue's text`
				: `${addBreak(cue, makeBreak(texts, at, 'after', 'none'))} (it joins the words after), or edit the cue's text`;
		}
		case 'forbidden-break':
			return `${addBreak(cue, makeBreak(texts, word ?? last - 1, 'after', 'none'))}, or edit the cue's text`;
		case 'too-short': {
			const join =
				first > 0
					? `${addBreak(cue, makeBreak(texts, first, 'before', 'none'))} (the page joins the one before)`
					: `${addBreak(cue, makeBreak(texts, last - 1, 'after', 'none'))} (the page joins the one after)`;
			return `${join} if the two fit on one page, or edit the cue's text; ${LATER_END}`;
		}
		case 'unbalanced':
			return `move the line break: ${addBreak(cue, '"word": "…", "break": "line"')} with a word of the page that splits it more evenly, or edit the cue's text`;
		case 'override-not-kept':
			return `the pages cannot keep this break of cue ${cue} (its words would not fit their lines): move it to another word or remove it`;
		case 'reading-speed':
			return getSpeedFix([cue]);
	}
};
