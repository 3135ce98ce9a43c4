import sampleCampaign from '../../assets/cites.campaign.json';
import {formatProblem} from '../campaign/campaign-error';
import {type Campaign, campaignSchema} from '../campaign/campaign-schema';
import {getSchemaProblems} from '../campaign/get-schema-problems';

const SAMPLE_FILE = 'assets/cites.campaign.json';

/**
 * The sample campaign, bundled so Studio can list its assets with their real props.
 * Renders never read it: a render job brings its own props.
 */
export const readSampleCampaign = (): Campaign => {
	const parsed = campaignSchema.safeParse(sampleCampaign, {reportInput: true});
	if (!parsed.success) {
		throw new TypeError(getSchemaProblems(SAMPLE_FILE, parsed.error).map(formatProblem).join('\n'));
	}
	return parsed.data;
};
