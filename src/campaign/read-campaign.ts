import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {CampaignProblem} from './campaign-error';
import {type Campaign, campaignSchema} from './campaign-schema';
import {checkAssetFiles} from './check-asset-files';
import {type Episode, episodeSchema} from './episode-schema';
import {getSchemaProblems} from './get-schema-problems';
import {listAssetPaths} from './list-asset-paths';
import {parseJsonWithLines} from './parse-json-with-lines';

export type CheckedCampaign = {
	/** The campaign file as given (for messages). */
	file: string;
	/** The folder that holds the campaign: every asset path is relative to it and stays inside it. */
	assetsDir: string;
	campaign: Campaign;
};

/** An episode with its place in the file, for field paths. */
export type IndexedEpisode = {index: number; episode: Episode};

export type CampaignReading = {
	file: string;
	assetsDir: string;
	/** The whole campaign, when it has no problem. */
	campaign: Campaign | null;
	problems: CampaignProblem[];
	/** The episodes that are valid on their own, files included: their media can be checked too. */
	episodes: IndexedEpisode[];
};

const isUnder = (problemPath: string, key: string) =>
	problemPath === key || problemPath.startsWith(`${key}.`) || problemPath.startsWith(`${key}[`);

/**
 * Node only. Reads, parses and checks a campaign file and every file it points at, and
 * returns every problem at once, never only the first.
 */
export const readCampaign = (file: string): CampaignReading => {
	const assetsDir = path.dirname(path.resolve(file));
	const fail = (problem: CampaignProblem): CampaignReading => ({
		file,
		assetsDir,
		campaign: null,
		problems: [problem],
		episodes: [],
	});
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
		return fail({file, path: '', message: `${reason}; pass --campaign with the path of a campaign JSON file`});
	}
	const json = parseJsonWithLines(text);
	if (!json.ok) return fail({file, path: '', line: json.line, message: `${json.message}; fix the JSON syntax there`});
	const problems: CampaignProblem[] = [];
	const parsed = campaignSchema.safeParse(json.value, {reportInput: true});
	if (!parsed.success) problems.push(...getSchemaProblems(file, parsed.error));
	problems.push(...checkAssetFiles({file, assetsDir, fields: listAssetPaths(json.value)}));
	if (parsed.success && problems.length === 0) {
		const campaign = parsed.data;
		return {
			file,
			assetsDir,
			campaign,
			problems,
			episodes: campaign.episodes.map((episode, index) => ({index, episode})),
		};
	}
	const raw = (json.value as {episodes?: unknown} | null)?.episodes;
	const episodes = (Array.isArray(raw) ? raw : []).flatMap((candidate, index): IndexedEpisode[] => {
		const episode = episodeSchema.safeParse(candidate);
		const clean = !problems.some((p) => isUnder(p.path, `episodes[${index}]`));
		return episode.success && clean ? [{index, episode: episode.data}] : [];
	});
	return {file, assetsDir, campaign: null, problems, episodes};
};
