import {readCampaign} from '../../../src/campaign/read-campaign';
import {listCampaignAssets} from '../../../src/kinds/list-campaign-assets';
import type {RenderJob} from '../../../src/kinds/render-job';
import {makeRenderJob} from '../../../src/plan/make-render-job';
import {makeCampaignDir} from '../../helpers/make-campaign-dir';

/** Real render jobs (as the planner makes them) of a copy of the sample campaign, with its media. */
export const makeTestJobs = (): {assetsDir: string; job: (id: string) => RenderJob} => {
	const {file} = makeCampaignDir({withMedia: true});
	const {campaign, assetsDir} = readCampaign(file);
	if (!campaign) throw new Error('the sample campaign does not read');
	const assets = listCampaignAssets(campaign);
	return {
		assetsDir,
		job: (id) => {
			const asset = assets.find((a) => a.id === id);
			if (!asset) throw new Error(`no asset ${id}`);
			return makeRenderJob({
				asset,
				campaign,
				assetsDir,
				codeHash: 'c'.repeat(64),
				backend: 'lambda:4.0.527',
				scale: 0.5,
			});
		},
	};
};
