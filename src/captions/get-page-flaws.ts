import type {CaptionBreakKind} from './caption-break-schema';
import type {BreakRule} from './french-break-rules';

/** What a subtitler would send back about one page. */
export type PageFlaw = {
	rule: 'orphan' | 'forbidden-break' | 'unbalanced' | 'too-short' | 'override-not-kept';
	message: string;
	/** The cue's word (index) it is about: the lone word of an orphan page, the word before a forbidden break. */
	word?: number;
};

export type GetPageFlawsInput = {
	/** The cue's words, in order. */
	texts: readonly string[];
	/** getBreakRules(texts). */
	rules: readonly BreakRule[];
	/** The campaign's break overrides, by the place they apply to (after word i). */
	forced: ReadonlyMap<number, CaptionBreakKind>;
	/** The page's lines as word ranges of the cue: [first word, last word + 1). */
	lines: ReadonlyArray<readonly [number, number]>;
	/** How long the page is on screen. */
	durationMs: number;
	minDurationMs: number;
};

const charCount = (texts: readonly string[], [from, to]: readonly [number, number]) =>
	[...texts.slice(from, to).join(' ')].length;

/**
 * The flaws of one page of a cue: a lone word when the cue has more, a break the French
 * rules forbid at its end or between its lines, a line under a third of the other, too
 * short a time on screen when the cue was long enough to avoid it, an override not kept.
 * A break the campaign forces is the editor's choice, never a flaw.
 */
export const getPageFlaws = ({
	texts,
	rules,
	forced,
	lines,
	durationMs,
	minDurationMs,
}: GetPageFlawsInput): PageFlaw[] => {
	const flaws: PageFlaw[] = [];
	const first = lines[0]?.[0] ?? 0;
	const last = lines[lines.length - 1]?.[1] ?? 0;
	if (last - first === 1 && texts.length > 1) {
		flaws.push({rule: 'orphan', message: `"${texts[first]}" is alone on its page`, word: first});
	}
	const checkBreak = (gap: number, kind: 'page' | 'line') => {
		const override = forced.get(gap);
		if (override === 'none') {
			flaws.push({
				rule: 'override-not-kept',
				message: `a ${kind} break after "${texts[gap]}", which the campaign forbids`,
			});
		} else if (override === undefined) {
			const reason = rules[gap]?.forbidden;
			if (reason) flaws.push({rule: 'forbidden-break', message: `${kind} break ${reason}`, word: gap});
		} else if (override === 'page' && kind === 'line') {
			flaws.push({
				rule: 'override-not-kept',
				message: `a line break after "${texts[gap]}" where the campaign wants a page`,
			});
		}
	};
	lines.forEach(([from, to], i) => {
		for (let gap = from; gap < to - 1; gap++) {
			if (forced.has(gap) && forced.get(gap) !== 'none') {
				flaws.push({
					rule: 'override-not-kept',
					message: `no break after "${texts[gap]}", where the campaign wants one`,
				});
			}
		}
		if (i < lines.length - 1) checkBreak(to - 1, 'line');
	});
	if (last < texts.length) checkBreak(last - 1, 'page');
	lines.slice(1).forEach((line, i) => {
		const above = lines[i];
		// Two speakers' lines are as long as each one says.
		if (!above || /^[-–—] /.test(texts[line[0]] ?? '')) return;
		const [top, bottom] = [charCount(texts, above), charCount(texts, line)];
		if (Math.min(top, bottom) * 3 < Math.max(top, bottom)) {
			flaws.push({
				rule: 'unbalanced',
				message: `lines of ${top} and ${bottom} characters (one under a third of the other)`,
			});
		}
	});
	const wholeCue = first === 0 && last === texts.length;
	if (!wholeCue && durationMs < minDurationMs) {
		flaws.push({rule: 'too-short', message: `${Math.round(durationMs)} ms on screen, under ${minDurationMs} ms`});
	}
	return flaws;
};
