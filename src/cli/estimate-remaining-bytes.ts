import type {RenderJob} from '../kinds/render-job';
import type {Manifest} from '../plan/manifest';
import {FRAME} from '../specs/frame';

/** Bytes per second of a full-scale render when the manifest knows none (about 12 Mbit/s). */
const FALLBACK_BYTES_PER_SECOND = 1.5e6;

/**
 * About how many bytes the jobs still to render will write into out/: each one's last
 * render if the manifest has one at that scale, else the manifest's average rate (per second
 * at full scale) times its length; plus the largest once more, for the temporary copy the
 * loudness pass writes beside it. A figure for a message, not a promise.
 */
export const estimateRemainingBytes = ({
	jobs,
	manifest,
}: {
	jobs: readonly RenderJob[];
	manifest: Manifest | null;
}): number => {
	const known = (manifest?.assets ?? []).filter(
		(entry) => entry.status === 'rendered' && entry.bytes && entry.durationInSeconds,
	);
	const rates = known.map((entry) => entry.bytes! / entry.durationInSeconds! / entry.scale ** 2);
	const rate = rates.length > 0 ? rates.reduce((sum, r) => sum + r, 0) / rates.length : FALLBACK_BYTES_PER_SECOND;
	const sizes = jobs.map((job) => {
		const earlier = known.find((entry) => entry.id === job.id && entry.scale === job.settings.scale);
		return earlier?.bytes ?? (rate * job.settings.scale ** 2 * job.durationInFrames) / FRAME.fps;
	});
	return sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, ...sizes);
};
