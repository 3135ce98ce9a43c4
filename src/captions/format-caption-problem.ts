import type {CaptionProblem} from './types';

export type FormatCaptionProblemInput = {problem: CaptionProblem};

/** `file:line: message`, one line, as compilers print it, so editors can jump to the place. */
export const formatCaptionProblem = ({problem}: FormatCaptionProblemInput): string =>
	`${problem.file}:${problem.line}: ${problem.message}`;
