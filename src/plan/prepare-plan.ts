import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {getAssetProps} from '../kinds/get-asset-props';
import {CampaignError, type CampaignProblem} from '../campaign/campaign-error';
import {checkCampaignMedia} from '../campaign/check-campaign-media';
import {type AssetRef, listCampaignAssets} from './list-campaign-assets';
import {type LoadedCampaign, readCampaign} from '../campaign/load-campaign';
import {estimateFrames} from './estimate-frames';
import {getCodeHash} from './get-code-hash';
import {getInputKey} from './get-content-key';
import {readManifest} from './manifest';
import type {RenderOptions} from '../cli/parse-render-args';
import {type PlannedAsset, planRender} from './plan-render';
import {RENDER_SETTINGS} from '../kinds/render-settings';
import {selectAssets} from './select-assets';
import {shardPlan} from './shard-plan';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');

export class UsageError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(problems.join('\n'));
		this.problems = problems;
	}
}

export type PreparedPlan = {loaded: LoadedCampaign; plan: PlannedAsset[]; warnings: CampaignProblem[]};

/** Media problems that matter for this selection: those of episodes whose footage or captions it renders. */
const getMediaProblems = async (loaded: LoadedCampaign, assets: readonly AssetRef[]): Promise<CampaignProblem[]> => {
	const media = assets.filter((a) => a.kind !== 'header');
	// The series trailer shows a clip of every episode (its list is checked by the schema).
	const all = media.some((a) => a.episode === null);
	const readsMedia = new Set(media.map((a) => a.episode));
	const episodes = loaded.campaign.episodes.flatMap((episode, index) =>
		all || readsMedia.has(episode.number) ? [{index, episode}] : [],
	);
	return episodes.length === 0 ? [] : checkCampaignMedia({...loaded, episodes});
};

/**
 * Everything up to the decision of what to render: load and check the campaign, select,
 * key and plan. No bundle and no browser, so a no-op run takes seconds.
 * Throws CampaignError or UsageError (exit 2).
 */
export const preparePlan = async (options: RenderOptions): Promise<PreparedPlan> => {
	const reading = readCampaign(options.campaign);
	if (!reading.campaign) {
		// Every problem in one run: the media of the episodes that are valid on their own too,
		// unless only headers (which read no footage or subtitles) were asked for.
		const onlyHeaders =
			options.kinds?.every((kind) => kind === 'header') || options.only?.every((id) => id.endsWith('-header'));
		const media = onlyHeaders ? [] : await checkCampaignMedia(reading);
		throw new CampaignError([...reading.problems, ...media.filter((p) => p.severity !== 'warning')]);
	}
	const loaded: LoadedCampaign = {file: reading.file, assetsDir: reading.assetsDir, campaign: reading.campaign};
	const selection = selectAssets(listCampaignAssets(loaded.campaign), options);
	if (selection.errors.length > 0) throw new UsageError(selection.errors);
	const mediaProblems = await getMediaProblems(loaded, selection.assets);
	const errors = mediaProblems.filter((p) => p.severity !== 'warning');
	if (errors.length > 0) throw new CampaignError(errors);
	const codeHash = getCodeHash(PROJECT_DIR);
	const inputs = selection.assets.map((asset) => {
		const {props} = getAssetProps(loaded.campaign, asset);
		const settings = {...RENDER_SETTINGS, quality: RENDER_SETTINGS.quality[asset.kind], kind: asset.kind};
		return {
			...asset,
			props,
			estimatedFrames: estimateFrames(asset.kind, props),
			key: getInputKey({props, assetsDir: loaded.assetsDir, codeHash, settings}),
		};
	});
	const plan = planRender({
		assets: inputs,
		manifest: readManifest(options.out),
		force: options.force,
		scale: options.scale,
		outputExists: (file, bytes) => {
			const full = path.join(options.out, file);
			return existsSync(full) && (bytes === null || statSync(full).size === bytes);
		},
	});
	return {
		loaded,
		plan: options.shard ? shardPlan(plan, options.shard) : plan,
		warnings: mediaProblems.filter((p) => p.severity === 'warning'),
	};
};
