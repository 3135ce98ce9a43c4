import {readdirSync, rmSync} from 'node:fs';
import path from 'node:path';

/** Outputs are written under a hidden temporary name and renamed once complete; what a killed run leaves is swept. */
export const PARTIAL_MARK = '.partial';

/** `out/ep03-header.mp4` → `out/.ep03-header.partial.mp4`: hidden, and swept at the next start. */
export const getPartialPath = (file: string): string =>
	path.join(path.dirname(file), `.${path.basename(file, path.extname(file))}${PARTIAL_MARK}${path.extname(file)}`);

/** `out/.ep03-header.partial.mp4` or `out/.manifest.json.123.partial` → the file it was to become. */
export const getFinalPath = (file: string): string => {
	const name = path.basename(file);
	const final = /^\.(.+)\.partial(\.\w+)$/.exec(name) ?? /^\.(.+)\.\d+\.partial()$/.exec(name);
	return final ? path.join(path.dirname(file), `${final[1]}${final[2]}`) : file;
};

/** Removes temporary files a killed run left behind; nothing else is ever deleted. */
export const sweepPartials = (outDir: string): void => {
	for (const name of readdirSync(outDir)) {
		if (name.startsWith('.') && name.includes(PARTIAL_MARK)) rmSync(path.join(outDir, name), {force: true});
	}
};
