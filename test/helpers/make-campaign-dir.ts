import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {CampaignInput} from '../../src/campaign/campaign-schema';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');
export const SAMPLE_ASSETS = path.join(PROJECT_DIR, 'assets');
export const SAMPLE_CAMPAIGN = path.join(SAMPLE_ASSETS, 'cites.campaign.json');

export const readSampleCampaign = (): CampaignInput =>
	JSON.parse(readFileSync(SAMPLE_CAMPAIGN, 'utf8')) as CampaignInput;

/**
 * A temporary assets folder holding a campaign (the sample one, changed by `edit`) and the
 * files it points at: copies of the sample's where `withMedia` asks, else empty stand-ins
 * (enough for headers, which read only fonts).
 */
export const makeCampaignDir = ({
	edit = (c) => c,
	withMedia = false,
}: {edit?: (campaign: CampaignInput) => unknown; withMedia?: boolean} = {}): {dir: string; file: string} => {
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-test-'));
	cpSync(path.join(SAMPLE_ASSETS, 'fonts'), path.join(dir, 'fonts'), {recursive: true});
	const sample = readSampleCampaign();
	const files = [sample.music, ...sample.episodes.flatMap((e) => [e.footage, e.subtitles])];
	for (const file of files) {
		mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
		const source = path.join(SAMPLE_ASSETS, file);
		if (withMedia && existsSync(source)) copyFileSync(source, path.join(dir, file));
		else writeFileSync(path.join(dir, file), '');
	}
	const file = path.join(dir, 'campaign.json');
	writeFileSync(file, JSON.stringify(edit(structuredClone(sample)), null, '\t'));
	return {dir, file};
};
