import {readFileSync} from 'node:fs';
import path from 'node:path';
import {applyCaptionOverrides, type CaptionProblem, lintCaptions, parseSubtitles, SubtitleError} from '../captions';
import type {OverrideFieldProblem} from '../captions/apply-caption-overrides';
import type {Episode} from './episode-schema';
import type {CampaignProblem} from './campaign-error';

const fromCaptionProblem = (fieldPath: string, problem: CaptionProblem & OverrideFieldProblem): CampaignProblem => ({
	file: problem.file,
	severity: problem.severity,
	...(problem.field === undefined
		? {
				line: problem.line,
				path: problem.cue === null ? fieldPath : `${fieldPath} cue ${problem.cue}`,
				message: `${problem.rule}: ${problem.message}`,
			}
		: // A field of the campaign itself (a caption override's break): its path, value and what is wrong.
			{path: `${fieldPath}${problem.field}`, value: problem.value, message: problem.reason ?? problem.message}),
});

/**
 * Node only. That an episode's subtitle file parses and passes the caption lint, with the
 * campaign's overrides applied (a break must name a word of its cue). Nothing is thrown.
 */
export const checkEpisodeSubtitles = ({
	file,
	assetsDir,
	index,
	episode,
}: {
	file: string;
	assetsDir: string;
	index: number;
	episode: Episode;
}): CampaignProblem[] => {
	const problems: CampaignProblem[] = [];
	const subtitlesPath = path.join(assetsDir, episode.subtitles);
	const shownPath = path.relative(process.cwd(), subtitlesPath);
	try {
		const {cues, warnings} = parseSubtitles({file: shownPath, text: readFileSync(subtitlesPath, 'utf8')});
		problems.push(...warnings.map((w) => fromCaptionProblem(`episodes[${index}].subtitles`, w)));
		const fixed = applyCaptionOverrides({file, cues, overrides: episode.captions.overrides});
		problems.push(...fixed.problems.map((p) => fromCaptionProblem(`episodes[${index}].captions.overrides`, p)));
		const lint = lintCaptions({file: shownPath, cues: fixed.cues});
		problems.push(...lint.map((p) => fromCaptionProblem(`episodes[${index}].subtitles`, p)));
	} catch (error) {
		if (!(error instanceof SubtitleError)) throw error;
		problems.push(...error.problems.map((p) => fromCaptionProblem(`episodes[${index}].subtitles`, p)));
	}
	return problems;
};
