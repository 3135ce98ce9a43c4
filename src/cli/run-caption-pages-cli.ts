import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {formatProblem} from '../campaign/campaign-error';
import {checkEpisodeSubtitles} from '../campaign/check-episode-subtitles';
import {getEpisodeKey} from '../campaign/get-episode-key';
import {readCampaign} from '../campaign/read-campaign';
import {
	type CaptionPageRow,
	type CaptionPageTotals,
	describeCaptionPages,
	formatCaptionPages,
	formatCaptionTotals,
} from '../captions/describe-caption-pages';
import {paginateCaptions} from '../captions';
import {CAPTION_LINE_WIDTH_PX} from '../components/caption-pages';
import {completeTeaserProps} from '../kinds/teaser/complete-teaser-props';
import {getTeaserProps} from '../kinds/teaser/get-teaser-props';
import {measureTextWithFont} from '../media/measure-text-with-font';
import {FRAME} from '../specs/frame';
import {snapSegmentsToFrames} from '../timeline/get-segment-frames';
import {parseEpisodeList} from './parse-episode-list';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run check -- --captions ep03|3|1,3-5|all [--json] [--campaign FILE]   (default ${DEFAULT_CAMPAIGN})`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

type EpisodePages = {
	id: string;
	episode: number;
	subtitles: string;
	pages: CaptionPageRow[];
	totals: CaptionPageTotals;
};

/** "ep03", "3", "ep01,ep03-ep05" or "all" → episode numbers (null for all). */
const parseCaptionsFlag = (text: string): {episodes: number[] | null} | {error: string} => {
	if (text.trim() === 'all') return {episodes: null};
	const parsed = parseEpisodeList(text.replace(/ep0*(\d)/gi, '$1'));
	return 'error' in parsed ? {error: parsed.error.replace('--episodes', '--captions')} : parsed;
};

const addTotals = (all: readonly CaptionPageTotals[]): CaptionPageTotals => ({
	pages: all.reduce((sum, t) => sum + t.pages, 0),
	orphanPages: all.reduce((sum, t) => sum + t.orphanPages, 0),
	forbiddenBreaks: all.reduce((sum, t) => sum + t.forbiddenBreaks, 0),
	unbalancedPages: all.reduce((sum, t) => sum + t.unbalancedPages, 0),
	shortPages: all.reduce((sum, t) => sum + t.shortPages, 0),
	overridesNotKept: all.reduce((sum, t) => sum + t.overridesNotKept, 0),
});

/**
 * `npm run check -- --captions ep03`: each caption page of the episode's teaser as it will
 * be burned in (paged by the same function as in the browser, the lines measured with the
 * campaign's caption font through fontkit), with its times on the teaser and in the
 * source, its reading speed, the time each word lights up and its flaws; `--json` prints
 * the same as one JSON document. Checks the campaign and the episodes' subtitles first
 * (not the footage: `npm run check` alone does). Returns the exit code.
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
	const chosen = reading.episodes.filter(
		({episode}) => selection.episodes === null || selection.episodes.includes(episode.number),
	);
	for (const {index, episode} of chosen)
		problems.push(...checkEpisodeSubtitles({file: campaignFile, assetsDir, index, episode}));
	const errors = problems.filter((p) => p.severity !== 'warning');
	if (!campaign || errors.length > 0) {
		for (const problem of errors) io.stderr(`error: ${formatProblem(problem)}\n`);
		io.stderr(
			`${campaignFile}: ${errors.length} error${errors.length === 1 ? '' : 's'}: fix them to see the caption pages.\n`,
		);
		return 2;
	}
	const font = campaign.brand.fonts.bodyBold;
	const episodes = chosen.map(({episode}): EpisodePages => {
		const props = getTeaserProps(campaign, episode);
		const text = readFileSync(path.join(assetsDir, props.subtitles), 'utf8');
		const teaser = completeTeaserProps(props, new Map([[props.subtitles, text]]));
		const pages = paginateCaptions({
			cues: teaser.captions ?? [],
			measureWidth: measureTextWithFont({
				file: path.join(assetsDir, font.file),
				fontSize: teaser.captionStyle.fontSize,
			}),
			maxLineWidthPx: CAPTION_LINE_WIDTH_PX,
		});
		const segments = snapSegmentsToFrames({segments: teaser.segments, fps: FRAME.fps});
		const id = `${getEpisodeKey(episode.number)}-teaser`;
		return {id, episode: episode.number, subtitles: episode.subtitles, ...describeCaptionPages({pages, segments})};
	});
	const totals = addTotals(episodes.map((e) => e.totals));
	if (values.json) {
		io.stdout(`${JSON.stringify({campaign: campaignFile, episodes, totals}, null, '\t')}\n`);
		return 0;
	}
	for (const episode of episodes) {
		io.stdout(`${episode.id} (${episode.subtitles}): ${formatCaptionTotals(episode.totals)}\n`);
		for (const line of formatCaptionPages(episode.pages)) io.stdout(`${line}\n`);
	}
	if (episodes.length > 1) io.stdout(`all ${episodes.length} teasers: ${formatCaptionTotals(totals)}\n`);
	return 0;
};
