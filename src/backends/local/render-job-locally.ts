import {makeCancelSignal, renderMedia, renderStill, selectComposition} from '@remotion/renderer';
import {renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {getHeaderCoverFrame} from '../../kinds/header/calculate-metadata';
import {CAMPAIGN_ENV_VARIABLE} from '../../campaign/get-bundle-campaign';
import type {Campaign} from '../../campaign/campaign-schema';
import {DELIVERY_SPECS} from '../../specs/delivery-specs';
import {normalizeLoudness} from '../../media/normalize-loudness';
import type {PlannedAsset} from '../../plan/plan-render';
import type {RenderSession} from './render-session';
import {RENDER_SETTINGS} from '../../kinds/render-settings';

export type RenderedFiles = {video: string; cover: string | null; durationInFrames: number; fps: number};

export const PARTIAL_MARK = '.partial';

/** `out/ep03-header.mp4` → `out/.ep03-header.partial.mp4`: hidden, and swept at the next start. */
export const getPartialPath = (file: string): string =>
	path.join(path.dirname(file), `.${path.basename(file, path.extname(file))}${PARTIAL_MARK}${path.extname(file)}`);

/**
 * Renders one asset (and a header's cover) under temporary names and renames them into
 * place only when complete, so an interrupted render never leaves half a file.
 */
export const renderAsset = async ({
	session,
	asset,
	campaign,
	outDir,
	concurrency,
	scale,
	onFrames,
	registerCancel,
}: {
	session: RenderSession;
	asset: PlannedAsset;
	campaign: Campaign;
	outDir: string;
	concurrency: number | null;
	scale: number;
	onFrames: (rendered: number, total: number) => void;
	registerCancel: (cancel: () => void) => void;
}): Promise<RenderedFiles> => {
	const common = {
		serveUrl: session.serveUrl,
		puppeteerInstance: session.browser,
		...session.browserOptions,
		logLevel: session.logLevel,
		envVariables: {[CAMPAIGN_ENV_VARIABLE]: JSON.stringify(campaign)},
		inputProps: asset.props,
	};
	const {cancelSignal, cancel} = makeCancelSignal();
	registerCancel(cancel);
	const composition = await selectComposition({...common, id: asset.id});
	const video = path.join(outDir, `${asset.id}.mp4`);
	const videoPartial = getPartialPath(video);
	// Sound is rendered first, then brought to the loudness target into the partial file.
	const hasSound = DELIVERY_SPECS[asset.kind].audio === 'required';
	const rawPartial = hasSound ? getPartialPath(path.join(outDir, `${asset.id}.raw.mp4`)) : videoPartial;
	const cover = asset.kind === 'header' ? path.join(outDir, `${asset.id}.jpg`) : null;
	try {
		await renderMedia({
			...common,
			composition,
			codec: RENDER_SETTINGS.codec,
			...RENDER_SETTINGS.quality[asset.kind],
			colorSpace: RENDER_SETTINGS.colorSpace,
			x264Preset: RENDER_SETTINGS.x264Preset,
			imageFormat: RENDER_SETTINGS.imageFormat,
			jpegQuality: RENDER_SETTINGS.jpegQuality,
			muted: asset.kind === 'header', // TikTok Takeover plays muted: no audio stream at all
			outputLocation: rawPartial,
			overwrite: true,
			concurrency,
			scale,
			cancelSignal,
			onProgress: ({renderedFrames}) => onFrames(renderedFrames, composition.durationInFrames),
		});
		if (hasSound) await normalizeLoudness({input: rawPartial, output: videoPartial});
		if (cover) {
			await renderStill({
				...common,
				composition,
				frame: getHeaderCoverFrame(composition.durationInFrames),
				output: getPartialPath(cover),
				imageFormat: 'jpeg',
				jpegQuality: RENDER_SETTINGS.coverJpegQuality,
				overwrite: true,
				scale,
				cancelSignal,
			});
			renameSync(getPartialPath(cover), cover);
		}
		renameSync(videoPartial, video);
	} finally {
		rmSync(rawPartial, {force: true});
		rmSync(videoPartial, {force: true});
		if (cover) rmSync(getPartialPath(cover), {force: true});
	}
	return {video, cover, durationInFrames: composition.durationInFrames, fps: composition.fps};
};
