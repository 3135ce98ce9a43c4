import type {PlannedJob} from '../plan/plan-render';
import type {RenderReporter} from './run-jobs';

const pad = (n: number, width: number) => String(n).padStart(width, ' ');

const formatDuration = (seconds: number) => {
	const s = Math.max(0, Math.round(seconds));
	return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
};

const BAR_WIDTH = 24;

/**
 * Progress for people. In a terminal: a live overall bar (assets done of total, frames/s,
 * time left) redrawn in place, and a line per finished asset. Off a terminal (CI): plain
 * lines only, without control characters.
 */
export const createReporter = (
	write: (text: string) => void,
	isTty: boolean,
	todo: readonly PlannedJob[],
): RenderReporter => {
	const totalFrames = todo.reduce((sum, a) => sum + a.durationInFrames, 0);
	const started = Date.now();
	let framesBefore = 0;
	let liveShown = false;
	const clearLive = () => {
		if (liveShown) write('\r\x1b[2K');
		liveShown = false;
	};
	const head = (position: number) => `[${pad(position, String(todo.length).length)}/${todo.length}]`;
	return {
		start: (job, position) => {
			if (!isTty) write(`${head(position)} ${job.id}: rendering ${job.durationInFrames} frames (${job.reason})\n`);
		},
		frames: (job, rendered) => {
			if (!isTty) return;
			const done = framesBefore + rendered;
			const seconds = (Date.now() - started) / 1000;
			const fps = seconds > 0 ? done / seconds : 0;
			const filled = totalFrames > 0 ? Math.round((done / totalFrames) * BAR_WIDTH) : 0;
			const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
			const left = fps > 0 ? formatDuration((totalFrames - done) / fps) : '…';
			const position = todo.indexOf(job) + 1;
			write(
				`\r\x1b[2K${bar} ${position - 1}/${todo.length} assets · ${job.id} ${rendered}/${job.durationInFrames} · ${fps.toFixed(1)} fps · ${left} left`,
			);
			liveShown = true;
		},
		retry: (job, error) => {
			clearLive();
			write(`    ${job.id}: failed (${error}); retrying once\n`);
		},
		done: ({job, entry, seconds}, position) => {
			clearLive();
			framesBefore += job.durationInFrames;
			if (!entry || entry.status === 'failed') {
				write(`${head(position)} ${job.id}: FAILED: ${entry?.error ?? 'interrupted'}\n`);
				return;
			}
			const fps = entry.renderSeconds ? job.durationInFrames / entry.renderSeconds : 0;
			const qc = entry.qc.passed ? 'QC ok' : `QC FAILED: ${entry.error}`;
			const size = entry.bytes === null ? '' : `, ${(entry.bytes / 1e6).toFixed(2)} MB`;
			const cover = entry.cover ? ` + ${entry.cover}` : '';
			write(
				`${head(position)} ${job.id}: ${entry.file}${cover}, ${entry.durationInSeconds?.toFixed(2)} s${size}, in ${seconds.toFixed(1)} s (${fps.toFixed(1)} fps), ${qc}\n`,
			);
		},
	};
};
