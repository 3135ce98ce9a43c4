import path from 'node:path';
import {describeFootage, getFootageTreatment} from '../media/get-footage-treatment';
import {probeSourceMedia} from '../media/probe-source-media';
import {FRAME} from '../specs/frame';
import type {IndexedEpisode} from './read-campaign';

/**
 * Node only. One line per footage file of these episodes: codec, size and rotation, frame
 * rate, HDR, length, sound, and what rendering will do with it (`npm run check` prints it).
 */
export const describeCampaignFootage = async ({
	assetsDir,
	episodes,
}: {
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
}): Promise<string[]> => {
	const files = [...new Set(episodes.map(({episode}) => episode.footage))];
	return Promise.all(
		files.map(async (file) => {
			const probe = await probeSourceMedia(path.join(assetsDir, file));
			if (probe.damage !== null) return `${file}: cannot be read to the end (${probe.damage})`;
			const treatment = probe.video ? getFootageTreatment(probe.video, FRAME) : null;
			return `${file}: ${describeFootage(probe, treatment)}`;
		}),
	);
};
