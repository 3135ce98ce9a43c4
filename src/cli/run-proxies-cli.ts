import {readCampaign} from '../campaign/read-campaign';
import {makeFootageProxies} from '../plan/with-footage-proxies';
import {parseCampaignFlag} from './parse-campaign-flag';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run proxies -- [--campaign FILE]   (default ${DEFAULT_CAMPAIGN})`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/**
 * Makes the footage proxies a campaign needs (what `npm run studio` runs first, so Studio
 * previews HDR, HEVC, ProRes and 4K footage through them). A campaign with problems still
 * gets the proxies of its valid episodes: Studio shows the problems. Returns the exit code.
 */
export const runProxiesCli = async (argv: readonly string[], io: Io): Promise<number> => {
	const flag = parseCampaignFlag(argv, USAGE);
	if (!flag.ok) {
		io.stderr(flag.message);
		return 2;
	}
	const campaignFile = flag.campaign;
	const reading = readCampaign(campaignFile);
	if (reading.problems.some((p) => p.severity !== 'warning')) {
		io.stderr(
			`note: ${campaignFile} has problems (\`npm run check\` lists them); proxies are made for its valid episodes\n`,
		);
	}
	const proxies = await makeFootageProxies({
		assetsDir: reading.assetsDir,
		episodes: reading.episodes,
		onMake: (source, reasons) => io.stderr(`Normalising ${source} once into a proxy (${reasons.join('; ')})…\n`),
	});
	io.stdout(`${proxies.size} footage file${proxies.size === 1 ? '' : 's'} previewed through a proxy.\n`);
	return 0;
};
