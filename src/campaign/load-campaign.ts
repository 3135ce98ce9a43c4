import {readFileSync} from 'node:fs';
import path from 'node:path';
import {CampaignError, type CampaignProblem} from './campaign-error';
import {type Campaign, campaignSchema} from './campaign-schema';
import {checkAssetFiles} from './check-asset-files';
import {getSchemaProblems} from './get-schema-problems';
import {listAssetPaths} from './list-asset-paths';
import {parseJsonWithLines} from './parse-json-with-lines';

export type LoadedCampaign = {
	/** The campaign file as given (for messages). */
	file: string;
	/** The folder that holds the campaign: every asset path is relative to it and stays inside it. */
	assetsDir: string;
	campaign: Campaign;
};

/**
 * Node only. Reads, parses and checks a campaign file and every file it points at.
 * Throws a CampaignError listing every problem at once, never only the first.
 */
export const loadCampaign = (file: string): LoadedCampaign => {
	const assetsDir = path.dirname(path.resolve(file));
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
		throw new CampaignError([
			{file, path: '', message: `${reason}; pass --campaign with the path of a campaign JSON file`},
		]);
	}
	const json = parseJsonWithLines(text);
	if (!json.ok) {
		throw new CampaignError([{file, path: '', line: json.line, message: `${json.message}; fix the JSON syntax there`}]);
	}
	const problems: CampaignProblem[] = [];
	const parsed = campaignSchema.safeParse(json.value, {reportInput: true});
	if (!parsed.success) problems.push(...getSchemaProblems(file, parsed.error));
	problems.push(...checkAssetFiles({file, assetsDir, fields: listAssetPaths(json.value)}));
	if (problems.length > 0 || !parsed.success) throw new CampaignError(problems);
	return {file, assetsDir, campaign: parsed.data};
};
