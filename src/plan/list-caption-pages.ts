import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Campaign} from '../campaign/campaign-schema';
import {paginateCaptions} from '../captions';
import {
	addCaptionTotals,
	type CaptionPageRow,
	type CaptionPageTotals,
	describeCaptionPages,
} from '../captions/describe-caption-pages';
import {CAPTION_LINE_WIDTH_PX} from '../components/caption-pages';
import type {AssetRef} from '../kinds/asset-kind';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {getKindModule} from '../kinds/registry';
import {measureTextWithFont} from '../media/measure-text-with-font';
import {FRAME} from '../specs/frame';
import {snapSegmentsToFrames} from '../timeline/get-segment-frames';

/** The pages of one cut of an asset: a teaser's, or one clip of a trailer. */
export type CutCaptionPages = {
	/** "clip 2" for a trailer's clip; null for a teaser's one cut. */
	clip: string | null;
	subtitles: string;
	/** Where an editor fixes these pages: the caption overrides of the subtitle file's episode. */
	overrides: string;
	/** Where the cut starts on the asset's timeline (page times are on that timeline too). */
	startMs: number;
	pages: CaptionPageRow[];
	totals: CaptionPageTotals;
};

/** Every caption page of one asset, cut by cut, and their totals. */
export type AssetCaptionPages = {
	id: string;
	kind: string;
	episode: number | null;
	variant: string | null;
	cuts: CutCaptionPages[];
	totals: CaptionPageTotals;
};

/**
 * Node only. The caption pages of each asset that burns captions in (the kinds' listCaptionCuts
 * of the completed props, as the render completes them), paged by the same function as in
 * the browser with the lines measured with the campaign's caption font through fontkit.
 * The campaign and its subtitles must have passed the check: a subtitle file that does not
 * read throws.
 */
export const listCaptionPages = (
	{assetsDir, campaign}: {assetsDir: string; campaign: Campaign},
	{assets = listCampaignAssets(campaign)}: {assets?: readonly AssetRef[]} = {},
): AssetCaptionPages[] => {
	const texts = new Map<string, string>();
	const readText = (file: string) => {
		if (!texts.has(file)) texts.set(file, readFileSync(path.join(assetsDir, file), 'utf8'));
		return [file, texts.get(file)!] as const;
	};
	const measures = new Map<number, (text: string) => number>();
	const measureAt = (fontSize: number) => {
		const file = path.join(assetsDir, campaign.brand.fonts.bodyBold.file);
		if (!measures.has(fontSize)) measures.set(fontSize, measureTextWithFont({file, fontSize}));
		return measures.get(fontSize)!;
	};
	return assets.flatMap((asset): AssetCaptionPages[] => {
		const kind = getKindModule(asset.kind);
		if (!kind.listCaptionCuts) return [];
		const episode = campaign.episodes.find((e) => e.number === asset.episode) ?? null;
		const props = kind.getProps(campaign, episode, asset.variant);
		const completed = kind.completeProps(props, new Map(kind.listTextFiles(props).map(readText)));
		const cuts = kind.listCaptionCuts(completed).map((cut): CutCaptionPages => {
			const pages = paginateCaptions({
				cues: [...cut.cues],
				measureWidth: measureAt(cut.fontSize),
				maxLineWidthPx: CAPTION_LINE_WIDTH_PX,
			});
			const segments = snapSegmentsToFrames({segments: cut.segments, fps: FRAME.fps});
			const described = describeCaptionPages({pages, segments, cues: cut.cues, offsetMs: cut.offsetMs});
			const index = campaign.episodes.findIndex((e) => e.subtitles === cut.subtitles);
			return {
				clip: cut.label,
				subtitles: cut.subtitles,
				overrides: `episodes[${index}].captions.overrides`,
				startMs: Math.round(cut.offsetMs),
				...described,
			};
		});
		const totals = addCaptionTotals(cuts.map((c) => c.totals));
		return [{id: asset.id, kind: asset.kind, episode: asset.episode, variant: asset.variant, cuts, totals}];
	});
};
