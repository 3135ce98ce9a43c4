import {runFfmpeg} from '../media/run-ffmpeg';
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {readCampaign} from '../campaign/read-campaign';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {getKindModule} from '../kinds/registry';
import type {RenderJob} from '../kinds/render-job';
import type {Manifest, ManifestEntry} from '../plan/manifest';
import {makeRenderJob} from '../plan/make-render-job';
import {FRAME} from '../specs/frame';
import {type CraftShot, planCaptionPageShots, planTrailerCardShots} from './plan-craft-shots';
import type {CraftRow} from './render-craft-section';

/** The craft section's pictures, inside the review folder; made again at every page write. */
export const CRAFT_DIR = 'craft';
const WIDTH = 180;
const CAPTION_PAGES = 12;

const isShown = (entry: ManifestEntry, outDir: string) =>
	entry.status === 'rendered' && existsSync(path.join(outDir, entry.file));

/** Frames of a video as small JPEGs, one seek each, in one ffmpeg call (Remotion's own). */
const extractFrames = async (video: string, shots: readonly CraftShot[], dir: string, stem: string) => {
	const names = shots.map((_, i) => `${stem}.${i + 1}.jpg`);
	const partial = (name: string) => path.resolve(dir, `.${name}.${process.pid}.partial.jpg`);
	try {
		await runFfmpeg([
			...['-loglevel', 'error', '-y'],
			...shots.flatMap((shot) => ['-ss', (shot.frame / FRAME.fps).toFixed(3), '-i', path.resolve(video)]),
			...shots.flatMap((_, i) => [
				...['-map', `${i}:v:0`, '-frames:v', '1', '-vf', `scale=w=min(${WIDTH}\\,iw):h=-2`, '-q:v', '5'],
				partial(names[i]!),
			]),
		]);
		for (const name of names) renameSync(partial(name), path.join(dir, name));
	} finally {
		for (const name of names) rmSync(partial(name), {force: true});
	}
	return names;
};

/**
 * The craft section's rows for the review page: every header's cover, the settled cards of
 * the first episode trailer (else the series trailer), a dozen caption pages of the first
 * teaser. Which frame shows a settled card or a caption page comes from the kind's layers,
 * worked out again from the campaign the manifest names. Files go to `<reviewDir>/craft/`.
 */
export const extractCraftFrames = async ({
	manifest,
	outDir,
	reviewDir,
}: {
	manifest: Manifest;
	outDir: string;
	reviewDir: string;
}): Promise<CraftRow[]> => {
	const dir = path.join(reviewDir, CRAFT_DIR);
	mkdirSync(dir, {recursive: true});
	for (const name of readdirSync(dir)) rmSync(path.join(dir, name), {force: true});
	const link = (name: string) => `${path.basename(reviewDir)}/${CRAFT_DIR}/${name}`;
	const shown = manifest.assets.filter((entry) => isShown(entry, outDir));
	const headers = shown
		.filter((entry) => entry.kind === 'header' && entry.cover && existsSync(path.join(outDir, entry.cover)))
		.map((entry) => ({file: entry.cover!, label: entry.id}));
	const reading = readCampaign(manifest.campaign);
	const rows: CraftRow[] = [{title: 'Tous les headers (couverture)', pictures: headers}];
	if (!reading.campaign) return rows;
	const {campaign, assetsDir} = reading;
	// Assets themselves, not their variants: the registry's list of the campaign says which.
	const refs = new Map(
		listCampaignAssets(campaign)
			.filter((ref) => ref.variant === null)
			.map((ref) => [ref.id, ref]),
	);
	const sheetOf = async (entry: ManifestEntry | undefined, plan: (job: RenderJob) => CraftShot[]) => {
		const asset = entry && refs.get(entry.id);
		if (!entry || !asset) return [];
		const job = makeRenderJob({asset, campaign, assetsDir, codeHash: '', backend: '', scale: 1});
		const shots = plan(job);
		const names = await extractFrames(path.join(outDir, entry.file), shots, dir, entry.id.replace(/[^\w-]/g, '_'));
		return shots.map((shot, i) => ({file: link(names[i]!), label: shot.label}));
	};
	const layersOf = (job: RenderJob) =>
		getKindModule(job.kind).layers?.(job.inputProps as never, job.durationInFrames, null) ?? [];
	const own = shown.filter((entry) => refs.has(entry.id));
	const trailer = own.find((e) => e.kind === 'trailer' && e.episode !== null) ?? own.find((e) => e.kind === 'trailer');
	const teaser = own.find((e) => e.kind === 'teaser');
	rows.push({
		title: `Cartons de ${trailer?.id ?? 'bande-annonce'}`,
		pictures: await sheetOf(trailer, (job) =>
			planTrailerCardShots({layers: layersOf(job), scenes: (job.inputProps as {scenes: {type: string}[]}).scenes}),
		),
	});
	rows.push({
		title: `Pages de sous-titres de ${teaser?.id ?? 'teaser'}`,
		pictures: await sheetOf(teaser, (job) =>
			planCaptionPageShots({layers: layersOf(job), count: CAPTION_PAGES, minFrames: 12, fps: FRAME.fps}),
		),
	});
	return rows;
};
