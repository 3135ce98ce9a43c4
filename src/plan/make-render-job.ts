import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Campaign} from '../campaign/campaign-schema';
import {hashFile} from '../files/hash';
import type {AssetRef} from '../kinds/asset-kind';
import {getKindModule, KINDS, type KindRegistry} from '../kinds/registry';
import type {RenderJob} from '../kinds/render-job';
import {BASE_RENDER_SETTINGS, type JobSettings} from '../kinds/render-settings';
import {getBackendBrowser} from './get-backend-browser';
import {getContentKey, listPropFiles} from './get-content-key';

/**
 * An asset of a checked campaign → a complete render job: its kind's props with the
 * captions already made from the subtitle files (the browser reads nothing else), the
 * exact length, the encoder settings, every file it reads with its hash, and its key.
 */
export const makeRenderJob = ({
	asset,
	campaign,
	assetsDir,
	codeHash,
	backend,
	scale,
	kinds = KINDS,
}: {
	asset: AssetRef;
	campaign: Campaign;
	assetsDir: string;
	codeHash: string;
	/** Which backend renders it, and its version: part of the content key. */
	backend: string;
	scale: number;
	kinds?: KindRegistry;
}): RenderJob => {
	const kind = getKindModule(asset.kind, kinds);
	const episode = asset.episode === null ? null : campaign.episodes.find((e) => e.number === asset.episode);
	if (episode === undefined) throw new TypeError(`No episode ${asset.episode} in the campaign for ${asset.id}`);
	const props = kind.getProps(campaign, episode, asset.variant);
	const texts = new Map(
		kind.listTextFiles(props).map((file) => [file, readFileSync(path.join(assetsDir, file), 'utf8')] as const),
	);
	const inputProps = kind.completeProps(props, texts);
	const durationInFrames = kind.getDurationInFrames(inputProps);
	const {cover, ...own} = kind.settings;
	const settings: JobSettings = {
		...BASE_RENDER_SETTINGS,
		...own,
		// The cover is the last frame: everything has arrived and settled.
		cover: cover ? {frame: Math.max(0, durationInFrames - 1), jpegQuality: cover.jpegQuality} : null,
		scale,
	};
	const media = listPropFiles(inputProps, assetsDir).map((file) => {
		const full = path.join(assetsDir, file);
		return {path: file, sha256: hashFile(full), bytes: statSync(full).size};
	});
	const key = getContentKey({
		props: inputProps,
		media,
		codeHash,
		settings,
		backend,
		browser: getBackendBrowser(backend),
	});
	return {
		id: asset.id,
		kind: asset.kind,
		episode: asset.episode,
		variant: asset.variant,
		compositionId: kind.compositionId,
		inputProps,
		durationInFrames,
		media,
		settings,
		contentKey: key.key,
		contentKeyInputs: key.inputs,
	};
};
