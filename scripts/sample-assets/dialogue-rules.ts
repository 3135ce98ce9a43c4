import type {DialogueLine} from './dialogues';

// The sample subtitles must look hand-typed: these rules catch a typo in the data before
// an hour of rendering, rather than in a reviewer's SRT diff.
const MIN_CHARS = 20;
const MAX_CHARS = 62;
const LONG_LINE = 45;
const TYPOGRAPHIC_LOOKALIKES = /[\u2019\u2018\u201C\u201D\u2026\u00A0\u202F]/u;

const lineProblems = (text: string): string[] => {
	const problems: string[] = [];
	const length = [...text].length;
	if (length < MIN_CHARS || length > MAX_CHARS) problems.push(`${length} characters (want ${MIN_CHARS}–${MAX_CHARS})`);
	if (TYPOGRAPHIC_LOOKALIKES.test(text)) problems.push('typographic apostrophe/quote/ellipsis/no-break space');
	if (/[^ ][?!:;]/u.test(text)) problems.push('no plain space before ? ! : ;');
	if (/«(?! )|(?<! )»/u.test(text)) problems.push('« » need a plain space inside');
	return problems;
};

export const checkDialogue = (episode: number, lines: readonly DialogueLine[]): void => {
	const problems: string[] = [];
	if (lines.length < 7 || lines.length > 10) problems.push(`${lines.length} lines (want 7–10)`);
	if (!lines.some(([, text]) => [...text].length >= LONG_LINE)) problems.push(`no line of ${LONG_LINE}+ characters`);
	for (const [, text] of lines) {
		problems.push(...lineProblems(text).map((problem) => `"${text}": ${problem}`));
	}
	if (problems.length > 0) {
		throw new Error(`Dialogue of episode ${episode}:\n  ${problems.join('\n  ')}`);
	}
};
