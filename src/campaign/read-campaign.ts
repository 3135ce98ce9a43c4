import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {CampaignProblem} from './campaign-error';
import {type Campaign, campaignSchema} from './campaign-schema';
import {checkAssetFiles} from './check-asset-files';
import {type Episode, episodeSchema} from './episode-schema';
import {findControlCharacters} from './find-control-characters';
import {getSchemaProblems} from './get-schema-problems';
import {listAssetPaths} from './list-asset-paths';
import {parseCampaignJson} from './parse-campaign-json';

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

/** `episodes[3]` of `episodes[3].teaser…`, for the episodes that have a problem of their own. */
const getEpisodeIndex = (problemPath: string): number | null => {
	const match = /^episodes\[(\d+)\]/.exec(problemPath);
	return match ? Number(match[1]) : null;
};

/**
 * Node only. Reads, parses and checks a campaign file and every file it points at, and
 * returns every problem at once, never only the first, each with its line and column in
 * the file when the field is written there.
 */
export const readCampaign = (file: string): CampaignReading => {
	const assetsDir = path.dirname(path.resolve(file));
	const fail = (problems: CampaignProblem[]): CampaignReading => ({
		file,
		assetsDir,
		campaign: null,
		problems,
		episodes: [],
	});
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
		return fail([{file, path: '', message: `${reason}; pass --campaign with the path of a campaign JSON file`}]);
	}
	const json = parseCampaignJson(text);
	const syntaxProblems = json.problems.map(({line, column, message}): CampaignProblem => ({
		file,
		path: '',
		line,
		column,
		message: `invalid JSON: ${message}`,
	}));
	if (!json.ok) return fail(syntaxProblems);
	const parsed = campaignSchema.safeParse(json.value, {reportInput: true});
	const problems = [
		...syntaxProblems,
		...(parsed.success ? [] : getSchemaProblems(file, parsed.error, json.locate)),
		...[
			...findControlCharacters({file, raw: json.value}),
			...checkAssetFiles({file, assetsDir, fields: listAssetPaths(json.value)}),
		].map((problem) => ({...problem, ...json.locate(problem.path)})),
	];
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
	const withProblems = new Set(problems.map((p) => getEpisodeIndex(p.path)));
	const raw = (json.value as {episodes?: unknown} | null)?.episodes;
	const episodes = (Array.isArray(raw) ? raw : []).flatMap((candidate, index): IndexedEpisode[] => {
		if (withProblems.has(index)) return [];
		const episode = episodeSchema.safeParse(candidate);
		return episode.success ? [{index, episode: episode.data}] : [];
	});
	return {file, assetsDir, campaign: null, problems, episodes};
};
