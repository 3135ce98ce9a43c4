import {bundle} from '@remotion/bundler';
import {type LogLevel, openBrowser} from '@remotion/renderer';
import path from 'node:path';
import {getRemotionBinariesDirectory} from '../../media/call-remotion-ff';
import {getBrowserOptions} from './find-browser';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

export type RenderSession = {
	serveUrl: string;
	browser: Browser;
	browserOptions: ReturnType<typeof getBrowserOptions>;
	logLevel: LogLevel;
	/** Closes the browser and opens a new one (after a crash or a failed asset). */
	restartBrowser: () => Promise<void>;
	close: () => Promise<void>;
};

/**
 * openBrowser installs a SIGINT handler that calls process.exit(130) on the spot, which
 * would skip our cancel, cleanup and summary on Ctrl-C. When the process already handles
 * SIGINT (the render CLI does), that handler is taken off again; Remotion's 'exit' handler,
 * which kills the browser, stays.
 */
const keepOwnSigint = async <T>(open: () => Promise<T>): Promise<T> => {
	const ours = new Set(process.listeners('SIGINT'));
	const opened = await open();
	if (ours.size > 0) {
		for (const listener of process.listeners('SIGINT')) {
			if (!ours.has(listener)) process.removeListener('SIGINT', listener);
		}
	}
	return opened;
};

/** What every Remotion call of a session is given: the bundle, the open browser, its options. */
export const getSessionOptions = (session: RenderSession) => ({
	serveUrl: session.serveUrl,
	puppeteerInstance: session.browser,
	...session.browserOptions,
	logLevel: session.logLevel,
	binariesDirectory: getRemotionBinariesDirectory(),
});

export type SessionOptions = ReturnType<typeof getSessionOptions>;

const ENTRY_POINT = path.join(import.meta.dirname, '..', '..', 'index.ts');

/**
 * One bundle and one browser for a whole batch. The bundle serves the campaign's folder
 * as Remotion's public dir, so staticFile('footage/ep01.mp4') is the campaign's file.
 */
export const openRenderSession = async ({
	assetsDir,
	logLevel = 'error',
}: {
	assetsDir: string;
	logLevel?: LogLevel;
}): Promise<RenderSession> => {
	const browserOptions = getBrowserOptions();
	const serveUrl = await bundle({entryPoint: ENTRY_POINT, publicDir: assetsDir, enableCaching: true});
	const launch = () => keepOwnSigint(() => openBrowser('chrome', {...browserOptions, logLevel}));
	const session: RenderSession = {
		serveUrl,
		browser: await launch(),
		browserOptions,
		logLevel,
		restartBrowser: async () => {
			await session.browser.close({silent: true}).catch(() => undefined);
			session.browser = await launch();
		},
		close: () => session.browser.close({silent: true}),
	};
	return session;
};
