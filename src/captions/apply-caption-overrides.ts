import {applyFrenchTypography} from './apply-french-typography';
import type {CaptionOverride} from './caption-override-schema';
import {cleanCueText} from './clean-cue-text';
import {getWordTimings} from './get-word-timings';
import type {PagedCue} from './paginate-captions';
import {resolveCaptionBreaks} from './resolve-caption-breaks';
import type {CaptionProblem, Cue} from './types';

/** Where in the overrides a problem is: `[0].breaks[1].word`, the value there and what is wrong with it. */
export type OverrideFieldProblem = {field?: string; value?: unknown; reason?: string};

export type OverrideProblem = CaptionProblem & OverrideFieldProblem;

export type ApplyCaptionOverridesInput = {
	file: string;
	/** The cues as parsed, before retiming: override times are source times, like the file's. */
	cues: readonly Cue[];
	overrides: readonly CaptionOverride[];
};

export type ApplyCaptionOverridesOutput = {
	/**
	 * The cues with the overrides applied, sorted by start, each with its page breaks if it has
	 * some. A cue whose override is wrong is left as it was.
	 */
	cues: PagedCue[];
	problems: OverrideProblem[];
};

/**
 * Applies the campaign's per-cue fixes (new text, new times, removal, page breaks) to a
 * parsed subtitle file. A break must name a word of the cue as it will be shown.
 */
export const applyCaptionOverrides = ({
	file,
	cues,
	overrides,
}: ApplyCaptionOverridesInput): ApplyCaptionOverridesOutput => {
	const problems: OverrideProblem[] = [];
	const byCue = new Map(cues.map((cue) => [cue.index, cue]));
	const numbers = [...byCue.keys()];
	const has =
		numbers.length === 0
			? 'has no cues'
			: `has ${numbers.length} cues, numbered ${numbers.reduce((a, b) => Math.min(a, b))}–${numbers.reduce((a, b) => Math.max(a, b))}`;
	const edits = new Map<number, CaptionOverride>();
	const positions = new Map<CaptionOverride, number>();
	for (const [position, override] of overrides.entries()) {
		positions.set(override, position);
		const cue = byCue.get(override.cue);
		// Not tied to a line of the subtitle file: the mistake is in the campaign.
		const where = {file, line: cue?.line ?? 0, cue: override.cue, severity: 'error' as const};
		if (!cue) {
			const message = `an override names cue ${override.cue}, but ${file} ${has}; use the number of a cue in the file`;
			problems.push({...where, rule: 'override-unknown-cue', message, measured: `cue ${override.cue}`, limit: has});
		} else if (edits.has(override.cue)) {
			const message = `cue ${override.cue} has two overrides; merge them into one`;
			problems.push({...where, rule: 'override-duplicate', message});
		} else {
			edits.set(override.cue, override);
		}
	}
	const fixed = cues.flatMap((cue): PagedCue[] => {
		const override = edits.get(cue.index);
		if (!override) return [cue];
		if (override.remove) return [];
		const startMs = override.startMs ?? cue.startMs;
		const endMs = override.endMs ?? cue.endMs;
		// Editors paste from the file, tags included; the override reads like the file does.
		const cleaned = override.text === undefined ? null : cleanCueText({lines: override.text.split(/\r\n|\r|\n/)});
		const text = cleaned?.text ?? cue.text;
		const where = {file, line: cue.line, cue: cue.index, severity: 'error' as const};
		for (const {rule, severity, message} of cleaned?.flaws ?? []) {
			problems.push({
				...where,
				rule: `override-${rule}`,
				severity,
				message: `the override of cue ${cue.index}: ${message}`,
			});
		}
		if (cleaned?.flaws.some((flaw) => flaw.severity === 'error')) return [cue];
		if (endMs <= startMs) {
			const message = `the override of cue ${cue.index} makes it end (${endMs} ms) before it starts (${startMs} ms); fix its startMs or endMs`;
			problems.push({...where, rule: 'override-bad-times', message});
			return [cue];
		}
		if (text === '') {
			const message = `the override of cue ${cue.index} leaves no text; to hide the cue, write "remove": true`;
			problems.push({...where, rule: 'override-empty-text', message});
			return [cue];
		}
		if (!override.breaks) return [{...cue, startMs, endMs, text}];
		const texts = getWordTimings({cue: {...cue, text: applyFrenchTypography(text)}}).map((word) => word.text);
		const resolved = resolveCaptionBreaks({texts, breaks: override.breaks});
		for (const problem of resolved.problems) {
			problems.push({
				...where,
				rule: 'override-break',
				message: `the override of cue ${cue.index}: breaks[${problem.index}].${problem.field} = ${JSON.stringify(problem.value)} ${problem.message}`,
				field: `[${positions.get(override) ?? 0}].breaks[${problem.index}].${problem.field}`,
				value: problem.value,
				reason: problem.message,
			});
		}
		if (resolved.problems.length > 0) return [cue];
		return [{...cue, startMs, endMs, text, breaks: override.breaks}];
	});
	return {cues: fixed.sort((a, b) => a.startMs - b.startMs || a.index - b.index), problems};
};
