import type {Backend} from '../backend';
import {openRenderSession, type RenderSession} from './render-session';
import {renderJobLocally} from './render-job-locally';

/** Renders on this machine: one bundle and one browser for the whole batch. */
export const createLocalBackend = ({
	assetsDir,
	concurrency,
}: {
	/** Served as Remotion's public dir: the paths in the jobs' props are relative to it. */
	assetsDir: string;
	concurrency: number | null;
}): Backend => {
	let session: RenderSession | null = null;
	const opened = () => {
		if (!session) throw new Error('The local backend renders only between open() and close()');
		return session;
	};
	return {
		id: 'local',
		open: async () => {
			session ??= await openRenderSession({assetsDir});
		},
		render: (job, target, callbacks) => renderJobLocally({session: opened(), job, target, concurrency, callbacks}),
		recover: () => opened().restartBrowser(),
		close: async () => {
			await session?.close().catch(() => undefined);
			session = null;
		},
	};
};
