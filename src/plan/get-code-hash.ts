import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {sha256, stableStringify} from '../files/hash';

/** Folders whose code ends up in the bundle and so decides pixels and sound. */
const BUNDLED_FOLDERS = ['src'];
/** Node-side code that never runs in the bundle: changing it does not change a frame. */
const NODE_ONLY = ['cli', 'plan', 'backends', 'media', 'qc', 'review', 'files'].map((folder) =>
	path.join('src', folder),
);

const listFiles = (dir: string): string[] =>
	readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return listFiles(full);
		return /\.(tsx?|css|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
	});

/**
 * One hash for the code the compositions are made of: the bundled source files and the
 * exact versions of the runtime dependencies (Remotion, React, fonts…).
 */
export const getCodeHash = (projectDir: string): string => {
	const files = BUNDLED_FOLDERS.flatMap((folder) => listFiles(path.join(projectDir, folder)))
		.filter((file) => !NODE_ONLY.some((skip) => path.relative(projectDir, file).startsWith(skip)))
		.sort();
	const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {dependencies?: object};
	const parts = files.map((file) => `${path.relative(projectDir, file)}:${sha256(readFileSync(file))}`);
	return sha256(`${parts.join('\n')}\n${stableStringify(pkg.dependencies ?? {})}`);
};
