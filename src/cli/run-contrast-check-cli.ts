import {makeCancelSignal, selectComposition} from '@remotion/renderer';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {getLocalBackendId} from '../backends/local/get-render-strategy';
import {
	captureContrastFrames,
	measureLayeredElements,
	pickLayeredContrastFrames,
} from '../backends/local/layered/measure-layered-contrast';
import {getSessionOptions, openRenderSession} from '../backends/local/render-session';
import {CampaignError, formatProblem} from '../campaign/campaign-error';
import {getLayersCompositionId, type LayersProps} from '../kinds/layers/layers-schema';
import {getKindModule} from '../kinds/registry';
import {preparePlan, UsageError} from '../plan/prepare-plan';
import {checkContrast, MIN_CONTRAST_SCALE, type FrameContrast} from '../qc/check-contrast';
import {MIN_TEXT_CONTRAST} from '../specs/contrast';
import {FRAME} from '../specs/frame';
import {parseRenderArgs} from './parse-render-args';

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

export const CONTRAST_USAGE =
	'npm run check -- --contrast [--only ID,…] [--episodes 1,3-5] [--kinds header,…] [--scale S] [--campaign FILE]';

const ratio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

/** Per kind, the lowest element and how many were measured: the run's last lines. */
const summarise = (byKind: Map<string, {lowest: FrameContrast & {id: string}; count: number}>): string[] =>
	[...byKind].map(
		([kind, {lowest, count}]) =>
			`  ${kind.padEnd(8)} lowest ${ratio(lowest.ratio)} (${lowest.id}: ${lowest.name} at ${(lowest.frame / FRAME.fps).toFixed(1)} s), ${count} elements`,
	);

/**
 * `npm run check -- --contrast`: QC's text contrast rule on every selected asset without
 * rendering its video. Per asset, the layered renderer's measure (measureLayeredElements)
 * on the frames where its text holds still: Chrome captures those overlays twice (as they
 * are, and without the text's fill), ffmpeg draws their base frames. Prints each asset's
 * lowest element; exit 1 if any is under 4.5:1, 2 for bad flags or a bad campaign.
 */
export const runContrastCheckCli = async (argv: readonly string[], io: Io): Promise<number> => {
	const args = parseRenderArgs(argv);
	if (!args.ok) {
		for (const error of args.errors) io.stderr(`error: ${error}\n`);
		io.stderr(`Usage: ${CONTRAST_USAGE}\n`);
		return 2;
	}
	const {campaign, episodes, kinds, only, scale} = args.options;
	if (scale < MIN_CONTRAST_SCALE) {
		io.stderr(
			`error: --scale ${scale}: contrast cannot be measured on text that small; give --scale ${MIN_CONTRAST_SCALE} or more (default 1)\n`,
		);
		return 2;
	}
	let prepared;
	try {
		prepared = await preparePlan({
			campaign,
			episodes,
			kinds,
			only,
			scale,
			out: os.tmpdir(),
			force: true,
			shard: null,
			backend: getLocalBackendId('layered'),
		});
	} catch (error) {
		if (error instanceof CampaignError) {
			for (const problem of error.problems) io.stderr(`error: ${formatProblem(problem)}\n`);
			return 2;
		}
		if (error instanceof UsageError) {
			for (const problem of error.problems) io.stderr(`error: ${problem}\n`);
			return 2;
		}
		throw error;
	}
	const {plan, checked} = prepared;
	const started = Date.now();
	const session = await openRenderSession({assetsDir: checked.assetsDir});
	const common = getSessionOptions(session);
	const byKind = new Map<string, {lowest: FrameContrast & {id: string}; count: number}>();
	let failed = 0;
	try {
		for (const job of plan) {
			const kind = getKindModule(job.kind);
			if (!kind.layers) {
				io.stdout(
					`skip ${job.id.padEnd(18)} the ${job.kind} kind declares no layers: measure it with npm run render -- --renderer reference --contrast --only ${job.id}\n`,
				);
				continue;
			}
			const assetStarted = Date.now();
			const composition = await selectComposition({
				...common,
				id: getLayersCompositionId(job.compositionId),
				inputProps: {props: job.inputProps, captures: [], pass: 'pictures', hints: null} satisfies LayersProps,
			});
			const dir = await mkdtemp(path.join(os.tmpdir(), `cites-contrast-${job.id}-`));
			try {
				const layersProps = composition.props as LayersProps;
				const sampled = pickLayeredContrastFrames(kind, layersProps, composition.durationInFrames);
				const {measured, frames} = await measureLayeredElements({
					layers: sampled.layers,
					captured: await captureContrastFrames({
						common,
						composition,
						layers: layersProps,
						frames: sampled.frames,
						scale,
						dir: path.join(dir, 'captures'),
						cancelSignal: makeCancelSignal().cancelSignal,
					}),
					size: {width: Math.round(composition.width * scale), height: Math.round(composition.height * scale), scale},
					assetsDir: checked.assetsDir,
					dir,
					signal: new AbortController().signal,
				});
				const check = checkContrast({measured, frames, fps: FRAME.fps});
				if (!check.passed) failed++;
				const seconds = ((Date.now() - assetStarted) / 1000).toFixed(1);
				io.stdout(`${check.passed ? 'ok  ' : 'FAIL'} ${job.id.padEnd(18)} ${check.measured} (${seconds} s)\n`);
				for (const element of measured.filter((m) => m.ratio < MIN_TEXT_CONTRAST)) {
					io.stdout(
						`     ${element.name} at ${(element.frame / FRAME.fps).toFixed(1)} s: ${ratio(element.ratio)}, under ${MIN_TEXT_CONTRAST}:1: give it a colour that stands out from what is behind it (brand.colors, captionStyle)\n`,
					);
				}
				const lowest = [...measured].sort((a, b) => a.ratio - b.ratio)[0];
				const kindSums = byKind.get(job.kind);
				if (lowest) {
					byKind.set(job.kind, {
						lowest: kindSums && kindSums.lowest.ratio <= lowest.ratio ? kindSums.lowest : {...lowest, id: job.id},
						count: (kindSums?.count ?? 0) + measured.length,
					});
				}
			} finally {
				await rm(dir, {recursive: true, force: true});
			}
		}
	} finally {
		await session.close().catch(() => undefined);
	}
	const count = [...byKind.values()].reduce((sum, k) => sum + k.count, 0);
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	io.stdout(
		`${plan.length} asset${plan.length === 1 ? '' : 's'}, ${count} text elements measured in ${seconds} s at scale ${scale}; ${failed === 0 ? `all ≥ ${MIN_TEXT_CONTRAST}:1` : `${failed} asset${failed === 1 ? '' : 's'} under ${MIN_TEXT_CONTRAST}:1`}:\n`,
	);
	for (const line of summarise(byKind)) io.stdout(`${line}\n`);
	return failed === 0 ? 0 : 1;
};
