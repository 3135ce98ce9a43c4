import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {Backend, RenderStats} from '../backends/backend';
import {hashFile} from '../files/hash';
import {getOutOfSpaceFile, isOutOfSpace, OutOfSpaceError} from '../files/out-of-space-error';
import {normalizeLoudness} from '../media/normalize-loudness';
import {
	keepEarlierRender,
	type Manifest,
	type ManifestEntry,
	mergeManifest,
	readManifest,
	writeManifest,
} from '../plan/manifest';
import type {PlannedJob} from '../plan/plan-render';
import {checkAssetOutput, formatFailedChecks} from '../qc/check-asset-output';
import type {QcCheck} from '../qc/qc-check';
import {estimateRemainingBytes} from './estimate-remaining-bytes';
import {getFinalPath, getPartialPath, sweepPartials} from './partial-files';

export type JobOutcome = {
	job: PlannedJob;
	/** This run's result for the job (a failed one too); null when interrupted. */
	entry: ManifestEntry | null;
	seconds: number;
	/** The earlier render's file, kept in place (and in the manifest) because this one failed. */
	keptFile: string | null;
};

export type JobsResult = {
	outcomes: JobOutcome[];
	/** The disk filled up: the run stopped there, the job in flight left no file and no entry. */
	outOfSpace: OutOfSpaceError | null;
};

export type RenderReporter = {
	start: (job: PlannedJob, position: number, total: number) => void;
	frames: (job: PlannedJob, rendered: number, total: number) => void;
	retry: (job: PlannedJob, error: string) => void;
	done: (outcome: JobOutcome, position: number, total: number) => void;
};

type Interrupt = {requested: boolean; cancelCurrent: () => void};

/** A finished render, still under its temporary names, checked by QC. */
type Made = {entry: ManifestEntry; moves: Array<{from: string; to: string}>};

/**
 * Renders the jobs the plan marks for rendering with one backend. Each failing job is
 * retried once after the backend recovers (a fresh browser), then recorded as failed; the
 * others go on. The manifest is rewritten after every job, so an interrupted run resumes.
 * A failed re-render never costs the earlier render: its file and entry stay. A full disk
 * stops the run: no retry, no entry, no temporary file for the job in flight.
 */
export const runJobs = async ({
	campaign,
	plan,
	outDir,
	backend,
	reporter,
	interrupt,
	checkContrast = null,
}: {
	/** The campaign's file and time zone, as the manifest records them. */
	campaign: Pick<Manifest, 'campaign' | 'timeZone'>;
	plan: readonly PlannedJob[];
	outDir: string;
	backend: Backend;
	reporter: RenderReporter;
	interrupt: Interrupt;
	/** QC's contrast rule, measured on rendered frames (render --contrast) where the backend did not measure it; null to skip it. */
	checkContrast?: ((job: PlannedJob) => Promise<QcCheck>) | null;
}): Promise<JobsResult> => {
	mkdirSync(outDir, {recursive: true});
	sweepPartials(outDir);
	const todo = plan.filter((job) => job.action === 'render');
	const outcomes: JobOutcome[] = [];
	if (todo.length === 0) return {outcomes, outOfSpace: null};
	let current = 0;
	try {
		await backend.open();
		for (const [index, job] of todo.entries()) {
			current = index;
			if (interrupt.requested) break;
			reporter.start(job, index + 1, todo.length);
			const started = Date.now();
			let made: Made | null = null;
			let failed: ManifestEntry | null = null;
			for (let attempt = 1; attempt <= 2 && !interrupt.requested; attempt++) {
				try {
					const next = todo[index + 1] ?? null;
					made = await runJob({backend, job, next, outDir, reporter, interrupt, checkContrast});
					break;
				} catch (error) {
					if (interrupt.requested) break;
					if (isOutOfSpace(error)) throw error;
					const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
					if (attempt === 1) {
						reporter.retry(job, message);
						await backend.recover();
					} else failed = failedEntry(job, message, backend.id);
				}
			}
			if (interrupt.requested && made === null) break;
			const outcome = made
				? installJob({made, outDir, campaign})
				: failed
					? recordFailure({failed, outDir, campaign})
					: {entry: null, keptFile: null};
			const done = {job, ...outcome, seconds: (Date.now() - started) / 1000};
			outcomes.push(done);
			reporter.done(done, index + 1, todo.length);
		}
	} catch (error) {
		if (!isOutOfSpace(error)) throw error;
		const file = getFinalPath(getOutOfSpaceFile(error) ?? path.join(outDir, `${todo[current]!.id}.mp4`));
		const neededBytes = estimateRemainingBytes({jobs: todo.slice(current), manifest: readManifest(outDir)});
		return {outcomes, outOfSpace: new OutOfSpaceError({file, neededBytes, cause: error})};
	} finally {
		await backend.close().catch(() => undefined);
		sweepPartials(outDir);
	}
	return {outcomes, outOfSpace: null};
};

const isGood = (entry: ManifestEntry | undefined, outDir: string): entry is ManifestEntry =>
	entry?.status === 'rendered' && entry.qc.passed && existsSync(path.join(outDir, entry.file));

/**
 * Records a finished render, then moves its files into place: the manifest first, so a
 * write that fails (a full disk) leaves the earlier file and entry as they were. A render
 * that fails QC does not replace an earlier one that passed: it is recorded as a failure
 * of that asset and its files go.
 */
const installJob = ({
	made,
	outDir,
	campaign,
}: {
	made: Made;
	outDir: string;
	campaign: Pick<Manifest, 'campaign' | 'timeZone'>;
}): Omit<JobOutcome, 'job' | 'seconds'> => {
	const {entry, moves} = made;
	try {
		const manifest = readManifest(outDir);
		const earlier = manifest?.assets.find((e) => e.id === entry.id);
		if (!entry.qc.passed && isGood(earlier, outDir)) {
			const kept = keepEarlierRender({earlier, failed: entry, earlierFileExists: true});
			writeManifest(outDir, mergeManifest(manifest, campaign, [kept]));
			return {entry, keptFile: earlier.file};
		}
		writeManifest(outDir, mergeManifest(manifest, campaign, [entry]));
		for (const {from, to} of moves) renameSync(from, to);
		return {entry, keptFile: null};
	} finally {
		for (const {from} of moves) rmSync(from, {force: true});
	}
};

/** A render that failed twice: the earlier render, if its file is there, keeps its place. */
const recordFailure = ({
	failed,
	outDir,
	campaign,
}: {
	failed: ManifestEntry;
	outDir: string;
	campaign: Pick<Manifest, 'campaign' | 'timeZone'>;
}): Omit<JobOutcome, 'job' | 'seconds'> => {
	const manifest = readManifest(outDir);
	const earlier = manifest?.assets.find((e) => e.id === failed.id);
	const earlierFileExists = earlier !== undefined && existsSync(path.join(outDir, earlier.file));
	const recorded = keepEarlierRender({earlier, failed, earlierFileExists});
	writeManifest(outDir, mergeManifest(manifest, campaign, [recorded]));
	return {entry: failed, keptFile: recorded === failed ? null : recorded.file};
};

/**
 * One job: the backend renders under temporary names, the sound is brought to the loudness
 * target, QC checks the files, still under their temporary names; the caller moves them
 * into place. On failure, nothing of this attempt is left.
 */
const runJob = async ({
	backend,
	job,
	next,
	outDir,
	reporter,
	interrupt,
	checkContrast,
}: {
	backend: Backend;
	job: PlannedJob;
	/** The job after this one, which the backend may start on while this one renders. */
	next: PlannedJob | null;
	outDir: string;
	reporter: RenderReporter;
	interrupt: Interrupt;
	checkContrast: ((job: PlannedJob) => Promise<QcCheck>) | null;
}): Promise<Made> => {
	const started = Date.now();
	const video = path.join(outDir, `${job.id}.mp4`);
	const cover = job.settings.cover ? path.join(outDir, `${job.id}.jpg`) : null;
	const videoPartial = getPartialPath(video);
	const rawPartial = job.settings.normalizeLoudness
		? getPartialPath(path.join(outDir, `${job.id}.raw.mp4`))
		: videoPartial;
	const coverPartial = cover ? getPartialPath(cover) : null;
	let stats: RenderStats;
	let qc: Awaited<ReturnType<typeof checkAssetOutput>>;
	let fileHash: string;
	try {
		const rendering = backend.render(
			job,
			{video: rawPartial, cover: coverPartial},
			{
				onProgress: (rendered, total) => reporter.frames(job, rendered, total),
				registerCancel: (cancel) => {
					interrupt.cancelCurrent = cancel;
				},
			},
		);
		// A head start only.
		try {
			if (next && !interrupt.requested) backend.prepare?.(next);
		} catch {
			// Nothing started: the next job renders from the beginning.
		}
		stats = await rendering;
		if (job.settings.normalizeLoudness) {
			if (stats.loudnessNormalized) renameSync(rawPartial, videoPartial);
			else await normalizeLoudness({input: rawPartial, output: videoPartial});
			rmSync(rawPartial, {force: true});
		}
		qc = await checkAssetOutput({kind: job.kind, video: videoPartial, cover: coverPartial, scale: job.settings.scale});
		const contrast = stats.contrast ?? (checkContrast ? await checkContrast(job) : null);
		if (contrast) qc = {...qc, passed: qc.passed && contrast.passed, checks: [...qc.checks, contrast]};
		fileHash = hashFile(videoPartial);
	} catch (error) {
		for (const file of [rawPartial, videoPartial, coverPartial]) if (file) rmSync(file, {force: true});
		throw error;
	}
	const renderSeconds = (Date.now() - started) / 1000;
	return {
		moves: [...(cover && coverPartial ? [{from: coverPartial, to: cover}] : []), {from: videoPartial, to: video}],
		entry: {
			id: job.id,
			kind: job.kind,
			episode: job.episode,
			status: 'rendered',
			file: path.basename(video),
			cover: cover ? path.basename(cover) : null,
			durationInSeconds: qc.durationInSeconds,
			bytes: qc.bytes,
			fileHash,
			contentKey: job.contentKey,
			inputs: job.contentKeyInputs,
			scale: job.settings.scale,
			backend: backend.id,
			qc: {passed: qc.passed, checks: qc.checks},
			error: qc.passed ? null : `QC failed: ${formatFailedChecks(qc.checks).join('; ')}`,
			renderedAt: new Date().toISOString(),
			renderSeconds,
			capturedFrames: stats.capturedFrames,
		},
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
