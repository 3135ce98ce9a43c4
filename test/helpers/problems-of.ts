import path from 'node:path';
import {formatProblem} from '../../src/campaign/campaign-error';
import {readCampaign} from '../../src/campaign/read-campaign';

/**
 * The lines an editor sees for a campaign, with the temp folder's name taken out. Without
 * `positions`, the `:line:column` of the campaign file is taken out too (tests of what a
 * message says, not where; load-campaign.test.ts pins the places).
 */
export const problemsOf = (file: string, {positions = false}: {positions?: boolean} = {}): string[] =>
	readCampaign(file).problems.map((p) => {
		const line = formatProblem(p).replace(file, 'campaign.json').replaceAll(path.dirname(file), '<dir>');
		return positions ? line : line.replace(/^campaign\.json:\d+(:\d+)?:/, 'campaign.json:');
	});
