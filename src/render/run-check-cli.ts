import {parseArgs} from 'node:util';
import {CampaignError, formatProblem} from '../campaign/campaign-error';
import {listCampaignAssets} from '../campaign/list-campaign-assets';
import {loadCampaign} from '../campaign/load-campaign';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run check -- [--campaign FILE]   (default ${DEFAULT_CAMPAIGN})`;

/** Checks a campaign and every file it points at without rendering. Returns the exit code. */
export const runCheckCli = (
	argv: readonly string[],
	io: {stdout: (t: string) => void; stderr: (t: string) => void},
): number => {
	let campaignFile = DEFAULT_CAMPAIGN;
	try {
		const {values} = parseArgs({args: [...argv], options: {campaign: {type: 'string'}}, strict: true});
		campaignFile = values.campaign ?? DEFAULT_CAMPAIGN;
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	try {
		const {campaign} = loadCampaign(campaignFile);
		io.stdout(
			`${campaignFile}: OK, ${campaign.episodes.length} episodes, ${listCampaignAssets(campaign).length} assets\n`,
		);
		return 0;
	} catch (error) {
		if (!(error instanceof CampaignError)) throw error;
		io.stderr(`${campaignFile}: ${error.problems.length} problem${error.problems.length > 1 ? 's' : ''}:\n`);
		for (const problem of error.problems) io.stderr(`  ${formatProblem(problem)}\n`);
		return 2;
	}
};
