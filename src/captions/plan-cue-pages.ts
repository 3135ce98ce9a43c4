import type {CaptionBreakKind} from './caption-break-schema';
import type {BreakRule} from './french-break-rules';
import {getPageFlaws, type PageFlaw} from './get-page-flaws';
import type {CaptionWord} from './types';

export type PlanCuePagesInput = {
	words: readonly CaptionWord[];
	/** getBreakRules of the words' texts. */
	rules: readonly BreakRule[];
	forced: ReadonlyMap<number, CaptionBreakKind>;
	/** Whether a line of these words fits: characters and measured width. */
	fits: (from: number, to: number) => boolean;
	maxLines: number;
	minDurationMs: number;
	minGapMs: number;
	maxCharsPerSecond: number;
};

/** A page of the cue as word ranges: each line is [first word, last word + 1). */
export type CuePagePlan = {lines: Array<[number, number]>};

// Costs, in order of weight. A flaw outweighs any amount of taste: an override not kept
// most, then a lone word or a forbidden break, then lines out of balance or a page too
// short (what a subtitler concedes first when nothing else fits); among pages without
// flaws the cheapest reads best: few pages, breaks at punctuation or pauses, balanced
// lines, readable speed.
const FLAW_COSTS: Record<PageFlaw['rule'], number> = {
	'override-not-kept': 1e8,
	orphan: 1e5,
	'forbidden-break': 1e5,
	unbalanced: 5e4,
	'too-short': 5e4,
};
const OVERRIDE_NOT_KEPT = FLAW_COSTS['override-not-kept'];
const PAGE = 20;
const PAGE_BREAK = 10;
const LINE_BREAK = 2;
const IMBALANCE = 10;
const TOP_HEAVY = 1.5;
const OVER_SPEED = 4;
/** A sentence that starts at the end of a line and runs on to the next. */
const SENTENCE_RUNS_ON = 6;

/** The ways to cut words [from, to) into at most `maxLines` fitting lines (a lone word always fits). */
const listLineCuts = (
	from: number,
	to: number,
	maxLines: number,
	fits: (from: number, to: number) => boolean,
): Array<Array<[number, number]>> => {
	const cuts: Array<Array<[number, number]>> = [];
	const walk = (start: number, lines: Array<[number, number]>) => {
		if (start === to) {
			cuts.push(lines);
			return;
		}
		if (lines.length === maxLines) return;
		for (let end = start + 1; end <= to; end++) {
			if (end - start > 1 && !fits(start, end)) break;
			walk(end, [...lines, [start, end]]);
		}
	};
	walk(from, []);
	return cuts;
};

/**
 * The pages of one cue, chosen as a subtitler would: of all the ways to cut its words into
 * pages of at most `maxLines` fitting lines, the one with the fewest flaws (getPageFlaws),
 * then the best read (see the costs above). Dynamic programming over page ends: cues are
 * a sentence or two, and a page holds only what fits on its lines.
 */
export const planCuePages = ({
	words,
	rules,
	forced,
	fits,
	maxLines,
	minDurationMs,
	minGapMs,
	maxCharsPerSecond,
}: PlanCuePagesInput): CuePagePlan[] => {
	const n = words.length;
	const texts = words.map((w) => w.text);
	// Characters before word i, a space after each word: a line's length without joining it.
	const charsBefore = [0];
	texts.forEach((text, i) => charsBefore.push((charsBefore[i] ?? 0) + [...text].length + 1));
	const chars = (from: number, to: number) => (charsBefore[to] ?? 0) - (charsBefore[from] ?? 0) - 1;
	const pauseMs = (gap: number) => Math.max(0, (words[gap + 1]?.startMs ?? 0) - (words[gap]?.endMs ?? 0));
	// Punctuation first, then a pause in the speech (up to 1.5, under one step of punctuation).
	const breakCost = (gap: number) => (rules[gap]?.cost ?? 0) - Math.min(pauseMs(gap), 600) / 400;

	const endsSentence = (w: number) => w === n - 1 || rules[w]?.cost === 0;

	const scorePage = (lines: Array<[number, number]>): number => {
		const from = lines[0]?.[0] ?? 0;
		const to = lines[lines.length - 1]?.[1] ?? 0;
		const durationMs = (words[to - 1]?.endMs ?? 0) - (words[from]?.startMs ?? 0) - (to < n ? minGapMs : 0);
		const flaws = getPageFlaws({texts, rules, forced, lines, durationMs, minDurationMs});
		let cost = PAGE + (to < n ? PAGE_BREAK * breakCost(to - 1) : 0);
		for (const flaw of flaws) cost += FLAW_COSTS[flaw.rule];
		lines.slice(1).forEach(([lineFrom], i) => {
			const above = lines[i];
			if (!above) return;
			// A speaker's line must open a line: not doing so is as bad as a flaw.
			for (let w = above[0] + 1; w < above[1]; w++) if (/^[-–—] /.test(texts[w] ?? '')) cost += OVERRIDE_NOT_KEPT;
			cost += LINE_BREAK * breakCost(lineFrom - 1);
			const top = chars(above[0], above[1]);
			const bottom = chars(lineFrom, lines[i + 1]?.[1] ?? lineFrom);
			cost += IMBALANCE * (1 - Math.min(top, bottom) / Math.max(top, bottom, 1));
			if (top > bottom) cost += TOP_HEAVY;
		});
		for (const [lineFrom, lineTo] of lines) {
			if (endsSentence(lineTo - 1)) continue;
			for (let w = lineFrom; w < lineTo - 1; w++) {
				if (endsSentence(w)) {
					cost += SENTENCE_RUNS_ON;
					break;
				}
			}
		}
		const last = lines[lines.length - 1];
		if (last) for (let w = last[0] + 1; w < last[1]; w++) if (/^[-–—] /.test(texts[w] ?? '')) cost += OVERRIDE_NOT_KEPT;
		const charsPerSecond = chars(from, to) / Math.max(durationMs / 1000, 0.001);
		cost += OVER_SPEED * Math.max(0, charsPerSecond - maxCharsPerSecond);
		return cost;
	};

	const best: Array<{cost: number; lines: Array<[number, number]>; from: number} | null> = [
		{cost: 0, lines: [], from: 0},
	];
	for (let to = 1; to <= n; to++) {
		best[to] = null;
		for (let from = to - 1; from >= 0; from--) {
			const cuts = listLineCuts(from, to, maxLines, fits);
			// A longer page fits no better than a shorter one: stop at the first that cannot fit.
			if (cuts.length === 0) break;
			const previous = best[from];
			if (!previous) continue;
			for (const lines of cuts) {
				const cost = previous.cost + scorePage(lines);
				if (cost < (best[to]?.cost ?? Infinity)) best[to] = {cost, lines, from};
			}
		}
	}
	const pages: CuePagePlan[] = [];
	for (let to = n; to > 0;) {
		const step = best[to];
		if (!step) break;
		pages.unshift({lines: step.lines});
		to = step.from;
	}
	return pages;
};
