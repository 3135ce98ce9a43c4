import path from 'node:path';
import {formatProblem} from '../../src/campaign/campaign-error';
import {readCampaign} from '../../src/campaign/read-campaign';

/** The lines an editor sees for a campaign, with the temp folder's name taken out. */
export const problemsOf = (file: string): string[] =>
	readCampaign(file).problems.map((p) =>
		formatProblem(p).replace(file, 'campaign.json').replaceAll(path.dirname(file), '<dir>'),
	);
