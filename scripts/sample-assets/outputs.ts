import {existsSync, mkdirSync, renameSync, rmSync, statSync} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';

export type Outputs = {
	readonly root: string;
	readonly force: boolean;
	/** Files left as they were because they already existed. */
	readonly skipped: string[];
};

export const needsBuild = (file: string, outputs: Outputs): boolean => {
	if (outputs.force || !existsSync(file)) return true;
	outputs.skipped.push(file);
	return false;
};

/**
 * Builds `file` through a temporary sibling (same extension, so ffmpeg picks the right muxer) and
 * renames it into place: an interrupted run never leaves a truncated file that a later run would skip.
 */
export const buildFile = (file: string, outputs: Outputs, build: (tempFile: string) => void, note = ''): void => {
	mkdirSync(dirname(file), {recursive: true});
	const ext = extname(file);
	const tempFile = join(dirname(file), `.${basename(file, ext)}.partial${ext}`);
	try {
		build(tempFile);
		renameSync(tempFile, file);
	} finally {
		rmSync(tempFile, {force: true});
	}
	const kb = Math.round(statSync(file).size / 1024);
	console.log(`made ${relative(outputs.root, file)} (${kb} KB${note ? `, ${note}` : ''})`);
};
