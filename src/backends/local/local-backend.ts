import {findSystemFfmpeg, SystemFfmpegMissingError} from '../../media/system-ffmpeg';
import type {RenderJob} from '../../kinds/render-job';
import {type Backend, BackendSetupError} from '../backend';
import {getLocalBackendId, getRenderStrategy, type RendererName} from './get-render-strategy';
import {createLayeredRenderer} from './layered/layered-renderer';
import {openRenderSession, type RenderSession} from './render-session';
import {renderJobLocally} from './render-job-locally';

/**
 * Renders on this machine: one bundle and one browser for the whole batch; with the layered
 * renderer, Chrome captures the next job while ffmpeg composites the one before.
 */
export const createLocalBackend = ({
	assetsDir,
	concurrency,
	renderer = 'layered',
}: {
	/** Served as Remotion's public dir: the paths in the jobs' props are relative to it. */
	assetsDir: string;
	concurrency: number | null;
	renderer?: RendererName;
}): Backend => {
	let session: RenderSession | null = null;
	const opened = () => {
		if (!session) throw new Error('The local backend renders only between open() and close()');
		return session;
	};
	const layered = createLayeredRenderer({session: opened, assetsDir, concurrency});
	const isLayered = (job: RenderJob) => getRenderStrategy(job, renderer).renderer === 'layered';
	return {
		id: getLocalBackendId(renderer),
		open: async () => {
			if (renderer === 'layered') {
				try {
					findSystemFfmpeg();
				} catch (error) {
					if (error instanceof SystemFfmpegMissingError) throw new BackendSetupError(error.message);
					throw error;
				}
			}
			session ??= await openRenderSession({assetsDir});
		},
		prepare: (job) => {
			if (isLayered(job)) layered.prepare(job);
		},
		render: async (job, target, callbacks) => {
			if (isLayered(job)) return layered.render(job, target, callbacks);
			await renderJobLocally({session: opened(), job, target, concurrency, callbacks});
			return {capturedFrames: job.durationInFrames};
		},
		recover: () => opened().restartBrowser(),
		close: async () => {
			await layered.close();
			await session?.close().catch(() => undefined);
			session = null;
		},
	};
};
