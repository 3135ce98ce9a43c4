import path from 'node:path';
import {CampaignError, formatProblem} from '../../src/campaign/campaign-error';
import {loadCampaign} from '../../src/campaign/load-campaign';

/** The lines an editor sees for a campaign, with the temp folder's name taken out. */
export const problemsOf = (file: string): string[] => {
	try {
		loadCampaign(file);
	} catch (error) {
		if (!(error instanceof CampaignError)) throw error;
		return error.problems.map((p) =>
			formatProblem(p).replace(file, 'campaign.json').replaceAll(path.dirname(file), '<dir>'),
		);
	}
	return [];
};
