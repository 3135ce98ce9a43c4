import {readFileSync} from 'node:fs';
import path from 'node:path';
import {applyCaptionOverrides, type CaptionProblem, lintCaptions, parseSubtitles, SubtitleError} from '../captions';
import {probeMedia} from '../media/probe-media';
import type {CampaignProblem} from './campaign-error';
import type {IndexedEpisode} from './read-campaign';

const fromCaptionProblem = (fieldPath: string, problem: CaptionProblem): CampaignProblem => ({
	file: problem.file,
	line: problem.line,
	path: problem.cue === null ? fieldPath : `${fieldPath} cue ${problem.cue}`,
	message: `${problem.rule}: ${problem.message}`,
	severity: problem.severity,
});

/**
 * Node only. What the schema cannot see: that each subtitle file parses and passes the
 * caption lint (with the campaign's overrides applied), and that the footage is long
 * enough for the teaser's segments. Returns errors and warnings; nothing is thrown.
 */
export const checkCampaignMedia = async ({
	file,
	assetsDir,
	episodes,
}: {
	file: string;
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
}): Promise<CampaignProblem[]> => {
	const problems: CampaignProblem[] = [];
	for (const {index, episode} of episodes) {
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
		const cuts = [
			...episode.teaser.segments.map((s) => ({path: 'teaser.segments', endMs: s.endMs})),
			...(episode.trailer.clips ?? []).map((s) => ({path: 'trailer.clips', endMs: s.endMs})),
			...(episode.trailer.seriesClip ? [{path: 'trailer.seriesClip', endMs: episode.trailer.seriesClip.endMs}] : []),
		];
		const footagePath = path.join(assetsDir, episode.footage);
		try {
			const {durationSeconds, video} = await probeMedia(footagePath);
			if (!video) {
				problems.push({
					file,
					path: `episodes[${index}].footage`,
					value: episode.footage,
					message: 'has no video stream; point at a video file',
					severity: 'error',
				});
			} else {
				for (const cut of cuts.filter((c) => c.endMs > durationSeconds * 1000 + 1)) {
					problems.push({
						file,
						path: `episodes[${index}].${cut.path}`,
						value: `out at ${cut.endMs} ms`,
						message: `goes past the end of ${episode.footage} (${Math.round(durationSeconds * 1000)} ms); move the out point inside the footage`,
						severity: 'error',
					});
				}
			}
		} catch {
			problems.push({
				file,
				path: `episodes[${index}].footage`,
				value: episode.footage,
				message: 'cannot be read as a video; check that the file is a complete MP4/MOV/WebM',
				severity: 'error',
			});
		}
	}
	return problems;
};
