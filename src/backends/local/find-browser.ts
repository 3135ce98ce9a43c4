import {execFileSync} from 'node:child_process';
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

/** Where no system Chromium is found, Remotion downloads the one its version pins (in the code hash). */
export const REMOTION_BROWSER = "Remotion's chrome-headless-shell";

const browserVersions = new Map<string, string>();

/**
 * The browser's name and version as it prints them ("Chromium 156.0.8078.114"): part of the
 * content key of local renders, so a browser upgrade re-renders. Asked once per executable
 * and run, with `--version`, which opens no page.
 */
export const getBrowserVersion = (
	executable: string | null = findBrowserExecutable(),
	readVersion = (file: string) =>
		execFileSync(file, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000}),
): string => {
	if (executable === null) return REMOTION_BROWSER;
	const known = browserVersions.get(executable);
	if (known) return known;
	let output: string;
	try {
		output = readVersion(executable);
	} catch (error) {
		throw new TypeError(
			`${executable} --version failed (${error instanceof Error ? error.message : String(error)}). Check that this Chromium starts, or point ${BROWSER_ENV_VARIABLE} at one that does.`,
		);
	}
	// "Chromium 156.0.8078.114 built on Debian …": the name and version, not where it was built.
	const version = /^\s*(\D*\d+(?:\.\d+)+)/.exec(output)?.[1]?.trim();
	if (!version) {
		throw new TypeError(
			`${executable} --version printed "${output.trim()}", which names no version. Point ${BROWSER_ENV_VARIABLE} at a Chromium binary.`,
		);
	}
	browserVersions.set(executable, version);
	return version;
};
