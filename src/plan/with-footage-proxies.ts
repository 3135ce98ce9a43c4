import path from 'node:path';
import type {Campaign} from '../campaign/campaign-schema';
import type {IndexedEpisode} from '../campaign/read-campaign';
import {hashFile} from '../files/hash';
import {getFootageTreatment} from '../media/get-footage-treatment';
import {makeFootageProxy} from '../media/make-footage-proxy';
import {probeSourceMedia} from '../media/probe-source-media';
import {FRAME} from '../specs/frame';

/** Told before a proxy is made (it takes a while, once: never when it is made already), with the source and why. */
export type OnMakeProxy = (source: string, reasons: readonly string[]) => void;

/**
 * Node only. The proxy of each of these episodes' footage files that needs normalising (HDR,
 * a codec Chrome cannot decode, 4K), made now if it is not made yet; files that cannot be
 * read whole are left to the media check. Returns source → proxy.
 */
export const makeFootageProxies = async ({
	assetsDir,
	episodes,
	onMake,
}: {
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
	onMake: OnMakeProxy;
}): Promise<Map<string, string>> => {
	const proxies = new Map<string, string>();
	for (const source of new Set(episodes.map(({episode}) => episode.footage))) {
		const full = path.join(assetsDir, source);
		const {video, damage} = await probeSourceMedia(full);
		if (!video || damage !== null) continue;
		const treatment = getFootageTreatment(video, FRAME);
		if (!treatment.proxy) continue;
		const proxy = await makeFootageProxy({
			assetsDir,
			source,
			sourceSha256: hashFile(full),
			video,
			onMake: () => onMake(source, treatment.reasons),
		});
		proxies.set(source, proxy);
	}
	return proxies;
};

/**
 * Node only. The campaign as the renderers read it: these episodes' footage replaced by its
 * proxy where it needs one. Cuts keep their times: a proxy starts and lasts as its source.
 */
export const withFootageProxies = async ({
	campaign,
	...options
}: {
	campaign: Campaign;
	assetsDir: string;
	episodes: readonly IndexedEpisode[];
	onMake: OnMakeProxy;
}): Promise<Campaign> => {
	const proxies = await makeFootageProxies(options);
	if (proxies.size === 0) return campaign;
	return {
		...campaign,
		episodes: campaign.episodes.map((episode) => ({
			...episode,
			footage: proxies.get(episode.footage) ?? episode.footage,
		})),
	};
};
