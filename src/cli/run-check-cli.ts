import {type CampaignProblem, formatProblem} from '../campaign/campaign-error';
import {checkCampaignMedia} from '../campaign/check-campaign-media';
import {describeCampaignFootage} from '../campaign/describe-campaign-footage';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {readCampaign} from '../campaign/read-campaign';
import {checkCaptionPages} from '../plan/check-caption-pages';
import {explainCutDowns} from '../plan/explain-cut-downs';
import {parseCampaignFlag} from './parse-campaign-flag';
import {runCaptionPagesCli} from './run-caption-pages-cli';
import {CONTRAST_USAGE, runContrastCheckCli} from './run-contrast-check-cli';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run check -- [--campaign FILE]   (default ${DEFAULT_CAMPAIGN})\n       npm run check -- --captions ep03|1,3-5|all [--json] [--campaign FILE]   (the caption pages of teasers and trailers)\n       ${CONTRAST_USAGE}   (text contrast, measured on the assets' frames)`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

const report = (io: Io, campaignFile: string, problems: readonly CampaignProblem[]): number => {
	const errors = problems.filter((p) => p.severity !== 'warning');
	const warnings = problems.filter((p) => p.severity === 'warning');
	for (const problem of errors) io.stderr(`error: ${formatProblem(problem)}\n`);
	for (const problem of warnings) io.stderr(`warning: ${formatProblem(problem)}\n`);
	const summary = `${campaignFile}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
	if (errors.length > 0) {
		io.stderr(`${summary}: fix the errors before rendering.\n`);
		return 2;
	}
	io.stdout(`${summary}.\n`);
	return 0;
};

/**
 * Checks a campaign and everything it points at without rendering: the schema, the files,
 * the subtitles (parse and caption lint), the footage and music (read to the end, with what
 * rendering will do with each footage file), and what each cut-down keeps and why; with
 * `--captions`, the caption pages instead (runCaptionPagesCli); with `--contrast`, the text
 * contrast of the assets' frames instead (runContrastCheckCli). Returns the exit code.
 */
export const runCheckCli = async (argv: readonly string[], io: Io): Promise<number> => {
	if (argv.some((arg) => arg === '--captions' || arg.startsWith('--captions='))) return runCaptionPagesCli(argv, io);
	if (argv.includes('--contrast')) return runContrastCheckCli(argv, io);
	const flag = parseCampaignFlag(argv, USAGE);
	if (!flag.ok) {
		io.stderr(flag.message);
		return 2;
	}
	const campaignFile = flag.campaign;
	const reading = readCampaign(campaignFile);
	const media = await checkCampaignMedia(reading);
	for (const line of await describeCampaignFootage(reading)) io.stdout(`${line}\n`);
	const cutDowns = reading.campaign ? explainCutDowns({...reading, campaign: reading.campaign}) : null;
	for (const line of cutDowns?.lines ?? []) io.stdout(`${line}\n`);
	const problems = [...reading.problems, ...media, ...(cutDowns?.problems ?? [])];
	// Pages need subtitles that read and cut-downs that fit: only once there is no error.
	const captions =
		reading.campaign && problems.every((p) => p.severity === 'warning')
			? checkCaptionPages({...reading, campaign: reading.campaign})
			: null;
	for (const line of captions?.lines ?? []) io.stdout(`${line}\n`);
	const code = report(io, campaignFile, [...problems, ...(captions?.problems ?? [])]);
	if (code === 0 && reading.campaign) {
		const {episodes} = reading.campaign;
		io.stdout(`${episodes.length} episodes, ${listCampaignAssets(reading.campaign).length} assets, ready to render.\n`);
	}
	return code;
};
