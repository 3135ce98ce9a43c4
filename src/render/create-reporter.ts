import type {PlannedAsset} from './plan-render';
import type {RenderReporter} from './render-plan';

const pad = (n: number, width: number) => String(n).padStart(width, ' ');

/**
 * Progress for people: a line per asset, and in a terminal a live line with frames and
 * speed that is overwritten in place. Off a terminal (CI) only plain lines are written.
 */
export const createReporter = (write: (text: string) => void, isTty: boolean): RenderReporter => {
	let frameStart = Date.now();
	let liveShown = false;
	const clearLive = () => {
		if (liveShown) write('\r\x1b[2K');
		liveShown = false;
	};
	return {
		start: (asset: PlannedAsset, position, total) => {
			frameStart = Date.now();
			if (!isTty)
				write(
					`[${pad(position, String(total).length)}/${total}] ${asset.id}: rendering ${asset.estimatedFrames} frames (${asset.reason})\n`,
				);
		},
		frames: (asset, rendered, total) => {
			if (!isTty) return;
			const seconds = (Date.now() - frameStart) / 1000;
			const fps = seconds > 0 ? rendered / seconds : 0;
			const left = fps > 0 ? Math.round((total - rendered) / fps) : 0;
			write(`\r\x1b[2K${asset.id}: ${rendered}/${total} frames, ${fps.toFixed(1)} fps, ~${left} s left`);
			liveShown = true;
		},
		retry: (asset, error) => {
			clearLive();
			write(`    ${asset.id}: failed (${error}); retrying once with a fresh browser\n`);
		},
		done: ({asset, entry, seconds}, position, total) => {
			clearLive();
			const head = `[${pad(position, String(total).length)}/${total}] ${asset.id}:`;
			if (!entry || entry.status === 'failed') {
				write(`${head} FAILED: ${entry?.error ?? 'interrupted'}\n`);
				return;
			}
			const fps = entry.renderSeconds ? asset.estimatedFrames / entry.renderSeconds : 0;
			const qc = entry.qc.passed ? 'QC ok' : `QC FAILED: ${entry.error}`;
			const size = entry.bytes === null ? '' : `, ${(entry.bytes / 1e6).toFixed(2)} MB`;
			write(
				`${head} ${entry.file}${entry.cover ? ` + ${entry.cover}` : ''}, ${entry.durationInSeconds?.toFixed(2)} s${size}, in ${seconds.toFixed(1)} s (${fps.toFixed(1)} fps), ${qc}\n`,
			);
		},
	};
};
