import {parseArgs} from 'node:util';
import {formatProblem} from '../campaign/campaign-error';
import {checkEpisodeSubtitles} from '../campaign/check-episode-subtitles';
import {readCampaign} from '../campaign/read-campaign';
import {
	addCaptionTotals,
	formatCaptionPages,
	formatCaptionTotals,
	formatClock,
} from '../captions/describe-caption-pages';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {KINDS} from '../kinds/registry';
import {explainCutDowns} from '../plan/explain-cut-downs';
import {type AssetCaptionPages, listCaptionPages} from '../plan/list-caption-pages';
import {parseEpisodeList} from './parse-episode-list';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run check -- --captions ep03|3|1,3-5|all [--json] [--campaign FILE]   (default ${DEFAULT_CAMPAIGN})`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/** "ep03", "3", "ep01,ep03-ep05" or "all" → episode numbers (null for all). */
const parseCaptionsFlag = (text: string): {episodes: number[] | null} | {error: string} => {
	if (text.trim() === 'all') return {episodes: null};
	const parsed = parseEpisodeList(text.replace(/ep0*(\d)/gi, '$1'));
	return 'error' in parsed ? {error: parsed.error.replace('--episodes', '--captions')} : parsed;
};

/** The text listing of one asset: a line of totals per cut, then its pages. */
const formatAsset = (asset: AssetCaptionPages): string[] =>
	asset.cuts.flatMap((cut) => [
		cut.clip === null
			? `${asset.id} (${cut.subtitles}): ${formatCaptionTotals(cut.totals)}`
			: `${asset.id} ${cut.clip} at ${formatClock(cut.startMs)} (${cut.subtitles}): ${formatCaptionTotals(cut.totals)}`,
		...formatCaptionPages(cut.pages),
	]);

/**
 * `npm run check -- --captions ep03`: each caption page of the episode's assets as it will
 * be burned in (the teaser, its variants, then each trailer's clips; `all` adds the series
 * trailer), paged by the same function as in the browser (listCaptionPages), with its times
 * on the asset and in the source, its reading speed, the time each word lights up and its
 * flaws with their fixes; `--json` prints the same as one JSON document. Checks the campaign
 * and the episodes' subtitles first (not the footage: `npm run check` alone does). Returns
 * the exit code.
 */
export const runCaptionPagesCli = async (argv: readonly string[], io: Io): Promise<number> => {
	let values: {campaign?: string; captions?: string; json?: boolean};
	try {
		({values} = parseArgs({
			args: [...argv],
			options: {campaign: {type: 'string'}, captions: {type: 'string'}, json: {type: 'boolean'}},
			strict: true,
		}));
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const selection = parseCaptionsFlag(values.captions ?? '');
	if ('error' in selection) {
		io.stderr(`error: ${selection.error}\n${USAGE}\n`);
		return 2;
	}
	const campaignFile = values.campaign ?? DEFAULT_CAMPAIGN;
	const reading = readCampaign(campaignFile);
	const {campaign, assetsDir} = reading;
	const problems = [...reading.problems];
	const numbers = campaign?.episodes.map((e) => e.number) ?? [];
	const unknown = (selection.episodes ?? []).filter((n) => !numbers.includes(n));
	if (campaign && unknown.length > 0) {
		const message = `--captions names episode ${unknown.join(', ')}, not in the campaign; use one of ${numbers.join(', ')} or "all"`;
		problems.push({file: campaignFile, path: '', message, severity: 'error'});
	}
	const chosen = (episode: number | null) =>
		selection.episodes === null || (episode !== null && selection.episodes.includes(episode));
	for (const {index, episode} of reading.episodes.filter(({episode}) => chosen(episode.number)))
		problems.push(...checkEpisodeSubtitles({file: campaignFile, assetsDir, index, episode}));
	// A cut-down that cannot meet its slot has no pages to show.
	const assets = campaign ? listCampaignAssets(campaign).filter((asset) => chosen(asset.episode)) : [];
	if (campaign) problems.push(...explainCutDowns({file: campaignFile, assetsDir, campaign}, {assets}).problems);
	const errors = problems.filter((p) => p.severity !== 'warning');
	if (!campaign || errors.length > 0) {
		for (const problem of errors) io.stderr(`error: ${formatProblem(problem)}\n`);
		io.stderr(
			`${campaignFile}: ${errors.length} error${errors.length === 1 ? '' : 's'}: fix them to see the caption pages.\n`,
		);
		return 2;
	}
	const assetPages = listCaptionPages({assetsDir, campaign}, {assets});
	const totals = addCaptionTotals(assetPages.map((a) => a.totals));
	if (values.json) {
		// `episodes`: the teasers, as the JSON gave them before trailers were listed.
		const episodes = assetPages
			.filter((a) => a.kind === 'teaser' && a.variant === null)
			.map(({id, episode, cuts: [cut]}) => ({
				id,
				episode,
				subtitles: cut?.subtitles,
				pages: cut?.pages,
				totals: cut?.totals,
			}));
		io.stdout(`${JSON.stringify({campaign: campaignFile, episodes, assets: assetPages, totals}, null, '\t')}\n`);
		return 0;
	}
	for (const asset of assetPages) for (const line of formatAsset(asset)) io.stdout(`${line}\n`);
	if (assetPages.length > 1) {
		for (const kind of Object.keys(KINDS)) {
			const ofKind = assetPages.filter((a) => a.kind === kind);
			if (ofKind.length === 0) continue;
			io.stdout(
				`all ${ofKind.length} ${kind}s: ${formatCaptionTotals(addCaptionTotals(ofKind.map((a) => a.totals)))}\n`,
			);
		}
		io.stdout(`all ${assetPages.length} assets: ${formatCaptionTotals(totals)}\n`);
	}
	return 0;
};
