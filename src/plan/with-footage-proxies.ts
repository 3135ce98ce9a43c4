import path from 'node:path';
import type {Campaign} from '../campaign/campaign-schema';
import type {IndexedEpisode} from '../campaign/read-campaign';
import {hashFile} from '../files/hash';
import {getFootageTreatment} from '../media/get-footage-treatment';
import {makeFootageProxy} from '../media/make-footage-proxy';
import {probeSourceMedia} from '../media/probe-source-media';
import {FRAME} from '../specs/frame';

/**
 * Node only. The campaign as the renderers read it: each of these episodes' footage that
 * needs normalising (HDR, a codec Chrome cannot decode, 4K) replaced by its proxy, made now
 * if it is not made yet. Cuts keep their times: a proxy starts and lasts as its source.
 */
export const withFootageProxies = async ({
	campaign,
	assetsDir,
	episodes,
	onMake,
}: {
	campaign: Campaign;
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
	/** Told before a proxy is made (it takes a while), with the source and why. */
	onMake: (source: string, reasons: readonly string[]) => void;
}): Promise<Campaign> => {
	const proxies = new Map<string, string>();
	for (const source of new Set(episodes.map(({episode}) => episode.footage))) {
		const full = path.join(assetsDir, source);
		const {video} = await probeSourceMedia(full);
		if (!video) continue;
		const treatment = getFootageTreatment(video, FRAME);
		if (!treatment.proxy) continue;
		onMake(source, treatment.reasons);
		proxies.set(source, await makeFootageProxy({assetsDir, source, sourceSha256: hashFile(full), video}));
	}
	if (proxies.size === 0) return campaign;
	return {
		...campaign,
		episodes: campaign.episodes.map((episode) => ({
			...episode,
			footage: proxies.get(episode.footage) ?? episode.footage,
		})),
	};
};
