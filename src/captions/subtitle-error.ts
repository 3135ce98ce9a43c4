import {formatCaptionProblem} from './format-caption-problem';
import type {CaptionProblem} from './types';

/** A subtitle file that cannot be read; lists every unreadable place, not just the first. */
export class SubtitleError extends Error {
	readonly problems: CaptionProblem[];

	constructor(problems: CaptionProblem[]) {
		super(problems.map((problem) => formatCaptionProblem({problem})).join('\n'));
		this.name = 'SubtitleError';
		this.problems = problems;
	}
}
