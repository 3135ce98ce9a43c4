import {chromium} from 'playwright-core';
import {findBrowserExecutable} from '../../src/backends/local/find-browser';

/** The system Chromium, driven by playwright-core, with no background network chatter. */
export const launchChromium = () => {
	const executablePath = findBrowserExecutable();
	if (!executablePath) throw new Error('No system Chromium found; run scripts/setup.sh');
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
};
