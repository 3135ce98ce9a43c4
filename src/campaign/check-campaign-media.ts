import path from 'node:path';
import {probeSourceMedia} from '../media/probe-source-media';
import type {CampaignProblem} from './campaign-error';
import {checkEpisodeSubtitles} from './check-episode-subtitles';
import type {IndexedEpisode} from './read-campaign';

const checkMusic = async ({file, assetsDir, music}: {file: string; assetsDir: string; music: string}) => {
	const probe = await probeSourceMedia(path.join(assetsDir, music));
	const problem = (message: string): CampaignProblem[] => [
		{file, path: 'music', value: music, message, severity: 'error'},
	];
	if (probe.damage !== null)
		return problem(`cannot be read as audio (${probe.damage}); point at a whole audio file (.m4a, .mp3, .wav)`);
	if (!probe.audio) return problem('holds no sound; point at an audio file (.m4a, .mp3, .wav)');
	return [];
};

/**
 * Node only. What the schema cannot see: that each subtitle file parses and passes the
 * caption lint (with the campaign's overrides applied), that the footage can be read to
 * the end, has pictures and sound and is long enough for its cuts, and that the music is
 * sound (the content is probed, not the extension). Returns errors and warnings; nothing is thrown.
 */
export const checkCampaignMedia = async ({
	file,
	assetsDir,
	episodes,
	music,
}: {
	file: string;
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
	/** The campaign's music bed, when the selection plays it. */
	music?: string | null;
}): Promise<CampaignProblem[]> => {
	const problems: CampaignProblem[] = [];
	for (const {index, episode} of episodes) {
		problems.push(...checkEpisodeSubtitles({file, assetsDir, index, episode}));
		const cuts = [
			...episode.teaser.segments.map((s) => ({path: 'teaser.segments', endMs: s.endMs})),
			...(episode.trailer.clips ?? []).map((s) => ({path: 'trailer.clips', endMs: s.endMs})),
			...(episode.trailer.seriesClip ? [{path: 'trailer.seriesClip', endMs: episode.trailer.seriesClip.endMs}] : []),
			...(episode.teaser.variants ?? []).flatMap((v, k) =>
				(v.segments ?? []).map((s) => ({path: `teaser.variants[${k}].segments`, endMs: s.endMs})),
			),
			...(episode.trailer.variants ?? []).flatMap((v, k) =>
				(v.clips ?? []).map((s) => ({path: `trailer.variants[${k}].clips`, endMs: s.endMs})),
			),
		];
		const footagePath = path.join(assetsDir, episode.footage);
		const footage = (fieldPath: string, message: string, value: unknown = episode.footage) =>
			problems.push({file, path: `episodes[${index}].${fieldPath}`, value, message, severity: 'error'});
		const probe = await probeSourceMedia(footagePath);
		if (probe.damage !== null) {
			footage('footage', `cannot be read to the end (${probe.damage}); export or copy the file again, whole`);
		} else if (!probe.video) {
			footage('footage', 'has no video stream; point at a video file');
		} else {
			if (!probe.audio) {
				footage(
					'footage',
					"has no sound, and the teaser and trailer play the footage's sound; export it with its audio track",
				);
			}
			for (const cut of cuts.filter((c) => c.endMs > probe.durationSeconds * 1000 + 1)) {
				footage(
					cut.path,
					`goes past the end of ${episode.footage} (${Math.round(probe.durationSeconds * 1000)} ms); move the out point inside the footage`,
					`out at ${cut.endMs} ms`,
				);
			}
		}
	}
	if (music) problems.push(...(await checkMusic({file, assetsDir, music})));
	return problems;
};
