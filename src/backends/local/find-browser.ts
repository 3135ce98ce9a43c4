import {accessSync, constants} from 'node:fs';

/** Where Debian, Ubuntu and Fedora put Chromium; the env variable wins. */
const KNOWN_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/lib/chromium/chromium',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
];

export const BROWSER_ENV_VARIABLE = 'REMOTION_BROWSER_EXECUTABLE';

const isExecutable = (path: string): boolean => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/**
 * The system Chromium to render with, or null to let Remotion download its own
 * (which fails offline, so a system browser is always preferred).
 */
export const findBrowserExecutable = (
	env: NodeJS.ProcessEnv = process.env,
	candidates: readonly string[] = KNOWN_PATHS,
): string | null => {
	const fromEnv = env[BROWSER_ENV_VARIABLE];
	if (fromEnv) {
		if (!isExecutable(fromEnv)) {
			throw new TypeError(
				`${BROWSER_ENV_VARIABLE}="${fromEnv}" is not an executable file. Point it at a Chromium binary (for example /usr/bin/chromium) or unset it.`,
			);
		}
		return fromEnv;
	}
	return candidates.find(isExecutable) ?? null;
};

/** Options every Remotion renderer call needs, so a relaunched browser is the same one. */
export const getBrowserOptions = () => {
	const browserExecutable = findBrowserExecutable();
	return {
		browserExecutable,
		chromeMode: 'chrome-for-testing' as const,
	};
};
