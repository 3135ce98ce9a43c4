import {findSystemFfmpeg, SystemFfmpegMissingError} from '../../media/system-ffmpeg';
import {getKindModule} from '../../kinds/registry';
import {type Backend, BackendSetupError} from '../backend';
import {getLocalBackendId, getRenderStrategy, type RendererName} from './get-render-strategy';
import {renderJobLayered} from './layered/render-job-layered';
import {openRenderSession, type RenderSession} from './render-session';
import {renderJobLocally} from './render-job-locally';

/** Renders on this machine: one bundle and one browser for the whole batch. */
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
		render: async (job, target, callbacks) => {
			const common = {session: opened(), job, target, concurrency, callbacks};
			if (getRenderStrategy(job, renderer).renderer === 'layered') {
				return renderJobLayered({...common, kind: getKindModule(job.kind), assetsDir});
			}
			await renderJobLocally(common);
			return {capturedFrames: job.durationInFrames};
		},
		recover: () => opened().restartBrowser(),
		close: async () => {
			await session?.close().catch(() => undefined);
			session = null;
		},
	};
};
