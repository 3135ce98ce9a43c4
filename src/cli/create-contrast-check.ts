import {openRenderSession, type RenderSession} from '../backends/local/render-session';
import {measureTextContrast} from '../qc/measure-text-contrast';
import type {QcCheck} from '../qc/qc-check';
import type {PlannedJob} from '../plan/plan-render';

/**
 * QC's contrast rule for `render --contrast`: a bundle and a browser of its own, opened at
 * the first asset (whatever backend renders), so the check measures the frames the same
 * props give on this machine.
 */
export const createContrastCheck = (
	assetsDir: string,
): {check: (job: PlannedJob) => Promise<QcCheck>; close: () => Promise<void>} => {
	let session: RenderSession | null = null;
	return {
		check: async (job) => {
			session ??= await openRenderSession({assetsDir});
			return measureTextContrast({renderer: session, job});
		},
		close: async () => {
			await session?.close().catch(() => undefined);
			session = null;
		},
	};
};
