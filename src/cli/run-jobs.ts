import {mkdirSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {LoadedCampaign} from '../campaign/load-campaign';
import {checkAssetOutput, formatFailedChecks} from '../qc/check-asset-output';
import {hashFile} from '../files/hash';
import {type ManifestEntry, mergeManifest, readManifest, writeManifest} from '../plan/manifest';
import type {PlannedAsset} from '../plan/plan-render';
import {PARTIAL_MARK, renderAsset} from '../backends/local/render-job-locally';
import {openRenderSession, type RenderSession} from '../backends/local/render-session';

export type AssetOutcome = {asset: PlannedAsset; entry: ManifestEntry | null; seconds: number};

export type RenderReporter = {
	start: (asset: PlannedAsset, position: number, total: number) => void;
	frames: (asset: PlannedAsset, rendered: number, total: number) => void;
	retry: (asset: PlannedAsset, error: string) => void;
	done: (outcome: AssetOutcome, position: number, total: number) => void;
};

/** Removes temporary files a killed run left behind; nothing else is ever deleted. */
export const sweepPartials = (outDir: string): void => {
	for (const name of readdirSync(outDir)) {
		if (name.startsWith('.') && name.includes(PARTIAL_MARK)) rmSync(path.join(outDir, name), {force: true});
	}
};

type Interrupt = {requested: boolean; cancelCurrent: () => void};

/**
 * Renders the assets the plan marks for rendering, with one bundle and one browser. Each
 * failing asset is retried once with a fresh browser, then recorded as failed; the others
 * go on. The manifest is rewritten after every asset, so an interrupted run resumes.
 */
export const renderPlan = async ({
	loaded,
	plan,
	outDir,
	concurrency,
	scale,
	reporter,
	interrupt,
}: {
	loaded: LoadedCampaign;
	plan: readonly PlannedAsset[];
	outDir: string;
	concurrency: number | null;
	scale: number;
	reporter: RenderReporter;
	interrupt: Interrupt;
}): Promise<AssetOutcome[]> => {
	mkdirSync(outDir, {recursive: true});
	sweepPartials(outDir);
	const todo = plan.filter((asset) => asset.action === 'render');
	const outcomes: AssetOutcome[] = [];
	if (todo.length === 0) return outcomes;
	let session: RenderSession | null = null;
	try {
		session = await openRenderSession({assetsDir: loaded.assetsDir});
		for (const [index, asset] of todo.entries()) {
			if (interrupt.requested) break;
			reporter.start(asset, index + 1, todo.length);
			const started = Date.now();
			let entry: ManifestEntry | null = null;
			for (let attempt = 1; attempt <= 2 && !interrupt.requested; attempt++) {
				try {
					entry = await renderOne({session, asset, loaded, outDir, concurrency, scale, reporter, interrupt});
					break;
				} catch (error) {
					if (interrupt.requested) break;
					const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
					if (attempt === 1) {
						reporter.retry(asset, message);
						await session.restartBrowser();
					} else entry = failedEntry(asset, message, scale);
				}
			}
			if (interrupt.requested && entry === null) break;
			const outcome = {asset, entry, seconds: (Date.now() - started) / 1000};
			if (entry) writeManifest(outDir, mergeManifest(readManifest(outDir), loaded.file, [entry]));
			outcomes.push(outcome);
			reporter.done(outcome, index + 1, todo.length);
		}
	} finally {
		await session?.close().catch(() => undefined);
		sweepPartials(outDir);
	}
	return outcomes;
};

const renderOne = async ({
	session,
	asset,
	loaded,
	outDir,
	concurrency,
	scale,
	reporter,
	interrupt,
}: {
	session: RenderSession;
	asset: PlannedAsset;
	loaded: LoadedCampaign;
	outDir: string;
	concurrency: number | null;
	scale: number;
	reporter: RenderReporter;
	interrupt: Interrupt;
}): Promise<ManifestEntry> => {
	const started = Date.now();
	const files = await renderAsset({
		session,
		asset,
		campaign: loaded.campaign,
		outDir,
		concurrency,
		scale,
		onFrames: (rendered, total) => reporter.frames(asset, rendered, total),
		registerCancel: (cancel) => {
			interrupt.cancelCurrent = cancel;
		},
	});
	const renderSeconds = (Date.now() - started) / 1000;
	const qc = await checkAssetOutput({kind: asset.kind, video: files.video, cover: files.cover, scale});
	return {
		id: asset.id,
		kind: asset.kind,
		episode: asset.episode,
		status: 'rendered',
		file: path.basename(files.video),
		cover: files.cover ? path.basename(files.cover) : null,
		durationInSeconds: qc.durationInSeconds,
		bytes: qc.bytes,
		fileHash: hashFile(files.video),
		inputKey: asset.inputKey,
		inputs: asset.inputs,
		scale,
		qc: {passed: qc.passed, checks: qc.checks},
		error: qc.passed ? null : `QC failed: ${formatFailedChecks(qc.checks).join('; ')}`,
		renderedAt: new Date().toISOString(),
		renderSeconds,
	};
};

const failedEntry = (asset: PlannedAsset, error: string, scale: number): ManifestEntry => ({
	id: asset.id,
	kind: asset.kind,
	episode: asset.episode,
	status: 'failed',
	file: `${asset.id}.mp4`,
	cover: null,
	durationInSeconds: null,
	bytes: null,
	fileHash: null,
	inputKey: asset.inputKey,
	inputs: asset.inputs,
	scale,
	qc: {passed: false, checks: []},
	error,
	renderedAt: new Date().toISOString(),
	renderSeconds: null,
});
