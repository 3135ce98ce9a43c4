import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {hashFile, sha256, stableStringify} from '../files/hash';
import {listBundleInputs} from './list-bundle-inputs';
import {type Lockfile, listLockedPackages} from './list-locked-packages';

/** The video bundle's entry (remotion.config.ts and the local and Lambda bundlers use it too). */
const ENTRY = 'src/index.ts';
/** Not imported by a composition, yet they make the bundle and turn its frames into video. */
const BUNDLE_TOOLS = ['@remotion/bundler', '@remotion/renderer'];
/**
 * Node-side code that turns the browser's frames and sound into the delivered file (the
 * layered composite, the loudness pass): it decides the bytes too, so it is followed the same way.
 */
const DELIVERY_ENTRIES = ['src/backends/local/layered/layered-renderer.ts', 'src/media/normalize-loudness.ts'];

/**
 * One hash for the code the compositions are made of: every file the bundle's entry imports,
 * however deep and whatever its folder (and no other), the delivery code's files, and the
 * locked version of every package they import, of the bundler and the renderer, and of all
 * their dependencies.
 */
export const getCodeHash = (projectDir: string): string => {
	const entries = [ENTRY, ...DELIVERY_ENTRIES.filter((entry) => existsSync(path.join(projectDir, entry)))];
	const lists = entries.map((entry) => listBundleInputs({projectDir, entry}));
	const inputs = {
		files: [...new Set(lists.flatMap((list) => list.files))].sort(),
		packages: [...new Set(lists.flatMap((list) => list.packages))],
	};
	const lockfile = JSON.parse(readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as Lockfile;
	return sha256(
		stableStringify({
			files: Object.fromEntries(inputs.files.map((file) => [file, hashFile(path.join(projectDir, file))])),
			packages: listLockedPackages({lockfile, roots: [...new Set([...inputs.packages, ...BUNDLE_TOOLS])].sort()}),
		}),
	);
};
