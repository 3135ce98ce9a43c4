import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {CampaignError, type CampaignProblem} from '../campaign/campaign-error';
import {checkCampaignMedia} from '../campaign/check-campaign-media';
import {type CheckedCampaign, type IndexedEpisode, readCampaign} from '../campaign/read-campaign';
import type {AssetRef} from '../kinds/asset-kind';
import {findKindOfId, getKindModule} from '../kinds/registry';
import {explainCutDowns} from './explain-cut-downs';
import {getCodeHash} from './get-code-hash';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {makeRenderJob} from './make-render-job';
import {readManifest} from './manifest';
import {type PlannedJob, planRender} from './plan-render';
import {type AssetFilter, selectAssets} from './select-assets';
import {shardPlan} from './shard-plan';
import {withFootageProxies} from './with-footage-proxies';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');

export class UsageError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(problems.join('\n'));
		this.problems = problems;
	}
}

export type PlanOptions = AssetFilter & {
	campaign: string;
	out: string;
	force: boolean;
	shard: {index: number; count: number} | null;
	scale: number;
	/** The backend that will render, with its version (`local`, `lambda:…`): part of every content key. */
	backend: string;
	/** Told before a footage proxy is made (HDR, a codec Chrome cannot decode, 4K): it takes a while, once. */
	onMakeProxy?: (source: string, reasons: readonly string[]) => void;
};

export type PreparedPlan = {checked: CheckedCampaign; plan: PlannedJob[]; warnings: CampaignProblem[]};

const readsFootage = (kind: string | null) => kind !== null && getKindModule(kind).readsFootage;

/** The episodes whose footage or captions this selection renders. */
const getMediaEpisodes = (checked: CheckedCampaign, assets: readonly AssetRef[]): IndexedEpisode[] => {
	const media = assets.filter((a) => getKindModule(a.kind).readsFootage);
	// The series trailer shows a clip of every episode (its list is checked by the schema).
	const all = media.some((a) => a.episode === null);
	const readsMedia = new Set(media.map((a) => a.episode));
	return checked.campaign.episodes.flatMap((episode, index) =>
		all || readsMedia.has(episode.number) ? [{index, episode}] : [],
	);
};

/**
 * Everything up to the decision of what to render: read and check the campaign, select,
 * make the render jobs and plan them. No bundle and no browser, so a no-op run takes seconds.
 * Throws CampaignError or UsageError (exit 2).
 */
export const preparePlan = async (options: PlanOptions): Promise<PreparedPlan> => {
	const reading = readCampaign(options.campaign);
	if (!reading.campaign) {
		// Every problem in one run: the media of the episodes that are valid on their own too,
		// unless the selection reads no footage (headers only).
		const noFootage =
			options.kinds?.every((kind) => !readsFootage(kind)) ||
			options.only?.every((id) => !readsFootage(findKindOfId(id)));
		const media = noFootage ? [] : await checkCampaignMedia(reading);
		throw new CampaignError([...reading.problems, ...media.filter((p) => p.severity !== 'warning')]);
	}
	const checked: CheckedCampaign = {file: reading.file, assetsDir: reading.assetsDir, campaign: reading.campaign};
	const selection = selectAssets(listCampaignAssets(checked.campaign), options);
	if (selection.errors.length > 0) throw new UsageError(selection.errors);
	// A cut-down that cannot reach its slot in whole phrases is a campaign error, as in npm run check.
	const cutDowns = explainCutDowns(checked, {assets: selection.assets}).problems;
	if (cutDowns.length > 0) throw new CampaignError(cutDowns);
	const mediaEpisodes = getMediaEpisodes(checked, selection.assets);
	const mediaProblems =
		mediaEpisodes.length === 0
			? []
			: await checkCampaignMedia({...checked, episodes: mediaEpisodes, music: checked.campaign.music});
	const errors = mediaProblems.filter((p) => p.severity !== 'warning');
	if (errors.length > 0) throw new CampaignError(errors);
	const campaign = await withFootageProxies({
		campaign: checked.campaign,
		assetsDir: checked.assetsDir,
		episodes: mediaEpisodes,
		onMake: options.onMakeProxy ?? (() => undefined),
	});
	const codeHash = getCodeHash(PROJECT_DIR);
	const jobs = selection.assets.map((asset) =>
		makeRenderJob({
			asset,
			campaign,
			assetsDir: checked.assetsDir,
			codeHash,
			backend: options.backend,
			scale: options.scale,
		}),
	);
	const plan = planRender({
		jobs,
		manifest: readManifest(options.out),
		force: options.force,
		outputExists: (file, bytes) => {
			const full = path.join(options.out, file);
			return existsSync(full) && (bytes === null || statSync(full).size === bytes);
		},
	});
	return {
		checked,
		plan: options.shard ? shardPlan(plan, options.shard) : plan,
		warnings: mediaProblems.filter((p) => p.severity === 'warning'),
	};
};
