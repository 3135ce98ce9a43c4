import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {CampaignProblem} from '../campaign/campaign-error';
import type {CheckedCampaign} from '../campaign/read-campaign';
import type {AssetRef} from '../kinds/asset-kind';
import {formatCutDownReport} from '../kinds/format-cut-down-report';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {getKindModule, KINDS, type KindRegistry} from '../kinds/registry';

export type CutDownExplanation = {lines: string[]; problems: CampaignProblem[]};

/**
 * Node only. What each cut-down of a checked campaign (or of these of its assets) keeps and why (the same choice the
 * render makes, from the same subtitle files), and the cut-downs that cannot meet their slot,
 * as problems at the variant's `targetSeconds` (a kind's variants sit at `episodes[i].<kind>.variants`).
 */
export const explainCutDowns = (
	{file, assetsDir, campaign}: CheckedCampaign,
	{assets = listCampaignAssets(campaign), kinds = KINDS}: {assets?: readonly AssetRef[]; kinds?: KindRegistry} = {},
): CutDownExplanation => {
	const lines: string[] = [];
	const problems: CampaignProblem[] = [];
	for (const asset of assets) {
		const kind = getKindModule(asset.kind, kinds);
		const index = campaign.episodes.findIndex((e) => e.number === asset.episode);
		const episode = campaign.episodes[index];
		if (asset.variant === null || !kind.explainCutDown || !episode) continue;
		const props = kind.getProps(campaign, episode, asset.variant);
		const texts = new Map(
			kind.listTextFiles(props).map((f) => [f, readFileSync(path.join(assetsDir, f), 'utf8')] as const),
		);
		let report;
		try {
			report = kind.explainCutDown(props, texts);
		} catch {
			continue; // A subtitle file that does not read is reported by the media check.
		}
		if (!report) continue;
		lines.push(...formatCutDownReport(asset.id, report));
		if (report.problem) {
			const k = kind.listVariants?.(episode).indexOf(asset.variant) ?? -1;
			problems.push({
				file,
				path: `episodes[${index}].${asset.kind}.variants[${k}].targetSeconds`,
				value: report.targetSeconds,
				message: report.problem,
				severity: 'error',
			});
		}
	}
	return {lines, problems};
};
