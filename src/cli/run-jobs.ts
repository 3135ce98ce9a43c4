import {mkdirSync, readdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {Backend, RenderStats} from '../backends/backend';
import {hashFile} from '../files/hash';
import {normalizeLoudness} from '../media/normalize-loudness';
import {type Manifest, type ManifestEntry, mergeManifest, readManifest, writeManifest} from '../plan/manifest';
import type {PlannedJob} from '../plan/plan-render';
import {checkAssetOutput, formatFailedChecks} from '../qc/check-asset-output';

export type JobOutcome = {job: PlannedJob; entry: ManifestEntry | null; seconds: number};

export type RenderReporter = {
	start: (job: PlannedJob, position: number, total: number) => void;
	frames: (job: PlannedJob, rendered: number, total: number) => void;
	retry: (job: PlannedJob, error: string) => void;
	done: (outcome: JobOutcome, position: number, total: number) => void;
};

export const PARTIAL_MARK = '.partial';

/** `out/ep03-header.mp4` → `out/.ep03-header.partial.mp4`: hidden, and swept at the next start. */
export const getPartialPath = (file: string): string =>
	path.join(path.dirname(file), `.${path.basename(file, path.extname(file))}${PARTIAL_MARK}${path.extname(file)}`);

/** Removes temporary files a killed run left behind; nothing else is ever deleted. */
export const sweepPartials = (outDir: string): void => {
	for (const name of readdirSync(outDir)) {
		if (name.startsWith('.') && name.includes(PARTIAL_MARK)) rmSync(path.join(outDir, name), {force: true});
	}
};

type Interrupt = {requested: boolean; cancelCurrent: () => void};

/**
 * Renders the jobs the plan marks for rendering with one backend. Each failing job is
 * retried once after the backend recovers (a fresh browser), then recorded as failed; the
 * others go on. The manifest is rewritten after every job, so an interrupted run resumes.
 */
export const runJobs = async ({
	campaign,
	plan,
	outDir,
	backend,
	reporter,
	interrupt,
}: {
	/** The campaign's file and time zone, as the manifest records them. */
	campaign: Pick<Manifest, 'campaign' | 'timeZone'>;
	plan: readonly PlannedJob[];
	outDir: string;
	backend: Backend;
	reporter: RenderReporter;
	interrupt: Interrupt;
}): Promise<JobOutcome[]> => {
	mkdirSync(outDir, {recursive: true});
	sweepPartials(outDir);
	const todo = plan.filter((job) => job.action === 'render');
	const outcomes: JobOutcome[] = [];
	if (todo.length === 0) return outcomes;
	try {
		await backend.open();
		for (const [index, job] of todo.entries()) {
			if (interrupt.requested) break;
			reporter.start(job, index + 1, todo.length);
			const started = Date.now();
			let entry: ManifestEntry | null = null;
			for (let attempt = 1; attempt <= 2 && !interrupt.requested; attempt++) {
				try {
					entry = await runJob({backend, job, outDir, reporter, interrupt});
					break;
				} catch (error) {
					if (interrupt.requested) break;
					const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
					if (attempt === 1) {
						reporter.retry(job, message);
						await backend.recover();
					} else entry = failedEntry(job, message, backend.id);
				}
			}
			if (interrupt.requested && entry === null) break;
			const outcome = {job, entry, seconds: (Date.now() - started) / 1000};
			if (entry) writeManifest(outDir, mergeManifest(readManifest(outDir), campaign, [entry]));
			outcomes.push(outcome);
			reporter.done(outcome, index + 1, todo.length);
		}
	} finally {
		await backend.close().catch(() => undefined);
		sweepPartials(outDir);
	}
	return outcomes;
};

/**
 * One job: the backend renders under temporary names, the sound is brought to the loudness
 * target, the files are renamed into place only when complete, then checked by QC.
 */
const runJob = async ({
	backend,
	job,
	outDir,
	reporter,
	interrupt,
}: {
	backend: Backend;
	job: PlannedJob;
	outDir: string;
	reporter: RenderReporter;
	interrupt: Interrupt;
}): Promise<ManifestEntry> => {
	const started = Date.now();
	const video = path.join(outDir, `${job.id}.mp4`);
	const cover = job.settings.cover ? path.join(outDir, `${job.id}.jpg`) : null;
	const videoPartial = getPartialPath(video);
	const rawPartial = job.settings.normalizeLoudness
		? getPartialPath(path.join(outDir, `${job.id}.raw.mp4`))
		: videoPartial;
	const coverPartial = cover ? getPartialPath(cover) : null;
	let stats: RenderStats;
	try {
		stats = await backend.render(
			job,
			{video: rawPartial, cover: coverPartial},
			{
				onProgress: (rendered, total) => reporter.frames(job, rendered, total),
				registerCancel: (cancel) => {
					interrupt.cancelCurrent = cancel;
				},
			},
		);
		if (job.settings.normalizeLoudness) await normalizeLoudness({input: rawPartial, output: videoPartial});
		if (cover && coverPartial) renameSync(coverPartial, cover);
		renameSync(videoPartial, video);
	} finally {
		for (const file of [rawPartial, videoPartial, coverPartial]) if (file) rmSync(file, {force: true});
	}
	const renderSeconds = (Date.now() - started) / 1000;
	const qc = await checkAssetOutput({
		kind: job.kind,
		video,
		cover,
		scale: job.settings.scale,
	});
	return {
		id: job.id,
		kind: job.kind,
		episode: job.episode,
		status: 'rendered',
		file: path.basename(video),
		cover: cover ? path.basename(cover) : null,
		durationInSeconds: qc.durationInSeconds,
		bytes: qc.bytes,
		fileHash: hashFile(video),
		contentKey: job.contentKey,
		inputs: job.contentKeyInputs,
		scale: job.settings.scale,
		backend: backend.id,
		qc: {passed: qc.passed, checks: qc.checks},
		error: qc.passed ? null : `QC failed: ${formatFailedChecks(qc.checks).join('; ')}`,
		renderedAt: new Date().toISOString(),
		renderSeconds,
		capturedFrames: stats.capturedFrames,
	};
};

const failedEntry = (job: PlannedJob, error: string, backend: string): ManifestEntry => ({
	id: job.id,
	kind: job.kind,
	episode: job.episode,
	status: 'failed',
	file: `${job.id}.mp4`,
	cover: null,
	durationInSeconds: null,
	bytes: null,
	fileHash: null,
	contentKey: job.contentKey,
	inputs: job.contentKeyInputs,
	scale: job.settings.scale,
	backend,
	qc: {passed: false, checks: []},
	error,
	renderedAt: new Date().toISOString(),
	renderSeconds: null,
});
