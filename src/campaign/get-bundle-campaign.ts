import sampleCampaign from '../../assets/cites.campaign.json';
import {formatProblem} from './campaign-error';
import {type Campaign, campaignSchema} from './campaign-schema';
import {getSchemaProblems} from './get-schema-problems';

/** Name of the variable through which the render CLI hands its campaign to the bundle. */
export const CAMPAIGN_ENV_VARIABLE = 'CITES_CAMPAIGN';

/**
 * The campaign the compositions are registered from: the one the render CLI passed
 * (already checked in Node), or the sample campaign in Studio.
 */
export const getBundleCampaign = (): Campaign => {
	const fromCli = typeof process === 'undefined' ? undefined : process.env[CAMPAIGN_ENV_VARIABLE];
	const raw: unknown = fromCli ? JSON.parse(fromCli) : sampleCampaign;
	const parsed = campaignSchema.safeParse(raw, {reportInput: true});
	if (!parsed.success) {
		const file = fromCli ? 'campaign from the render CLI' : 'assets/cites.campaign.json';
		throw new TypeError(getSchemaProblems(file, parsed.error).map(formatProblem).join('\n'));
	}
	return parsed.data;
};
