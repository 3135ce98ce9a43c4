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
	/** The music bed, when its path has no problem of its own: its sound can be checked too. */
	music: string | null;
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
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
		const problem = {file, path: '', message: `${reason}; pass --campaign with the path of a campaign JSON file`};
		return {
			file,
			assetsDir: path.dirname(path.resolve(file)),
			campaign: null,
			problems: [problem],
			episodes: [],
			music: null,
		};
	}
	return checkCampaignText({file, text});
};

/** Episode numbers are 1–99 and each is used once. */
const MAX_EPISODES = 99;

/**
 * Past 99 episodes a file is broken or hostile: say so once and check only the first 99,
 * rather than spend seconds listing thousands of problems.
 */
const capEpisodes = (value: unknown, file: string): {value: unknown; problems: CampaignProblem[]} => {
	const episodes = (value as {episodes?: unknown} | null)?.episodes;
	if (!Array.isArray(episodes) || episodes.length <= MAX_EPISODES) return {value, problems: []};
	const message = `has ${episodes.length} episodes; a campaign has at most ${MAX_EPISODES} (numbers 1–${MAX_EPISODES}): split it, or remove the extra ones (only the first ${MAX_EPISODES} were checked)`;
	return {
		value: {...(value as object), episodes: episodes.slice(0, MAX_EPISODES)},
		problems: [{file, path: 'episodes', value: `${episodes.length} episodes`, message, severity: 'error'}],
	};
};

/**
 * Parses and checks the text of a campaign file. Asset files are looked up next to `file`
 * (Node only) by `checkFiles`, which tests of the pure part replace.
 */
export const checkCampaignText = ({
	file,
	text,
	checkFiles = checkAssetFiles,
}: {
	file: string;
	text: string;
	checkFiles?: typeof checkAssetFiles;
}): CampaignReading => {
	const assetsDir = path.dirname(path.resolve(file));
	const json = parseCampaignJson(text);
	const syntaxProblems = json.problems.map(({line, column, message}): CampaignProblem => ({
		file,
		path: '',
		line,
		column,
		message: `invalid JSON: ${message}`,
	}));
	if (!json.ok) return {file, assetsDir, campaign: null, problems: syntaxProblems, episodes: [], music: null};
	const capped = capEpisodes(json.value, file);
	const parsed = campaignSchema.safeParse(capped.value, {reportInput: true});
	const problems = [
		...syntaxProblems,
		...(parsed.success ? [] : getSchemaProblems(file, parsed.error, json.locate)),
		...[
			...capped.problems,
			...findControlCharacters({file, raw: capped.value}),
			...checkFiles({file, assetsDir, fields: listAssetPaths(capped.value)}),
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
			music: campaign.music,
		};
	}
	const withProblems = new Set(problems.map((p) => getEpisodeIndex(p.path)));
	const raw = (capped.value as {episodes?: unknown} | null)?.episodes;
	const episodes = (Array.isArray(raw) ? raw : []).flatMap((candidate, index): IndexedEpisode[] => {
		if (withProblems.has(index)) return [];
		const episode = episodeSchema.safeParse(candidate);
		return episode.success ? [{index, episode: episode.data}] : [];
	});
	const music = (capped.value as {music?: unknown} | null)?.music;
	const musicIsFine = typeof music === 'string' && !problems.some((p) => p.path === 'music');
	return {file, assetsDir, campaign: null, problems, episodes, music: musicIsFine ? music : null};
};
