import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {getCodeHash} from '../../src/plan/get-code-hash';
import {PROJECT_DIR} from './make-campaign-dir';

export type Bundle = typeof import('@remotion/bundler').bundle;
export type BundleOptions = Extract<Parameters<Bundle>[0], {entryPoint: string}>;

/** Where bundles of the compositions' code are kept, one per code hash, with an empty public folder. */
const CACHE = path.join(PROJECT_DIR, 'node_modules', '.cache', 'cites-test-bundles');

/** bundle()'s own helpers (not exported: the package lists only its index), loaded by path. */
const require = createRequire(import.meta.url);
const bundlerDist = path.dirname(require.resolve('@remotion/bundler'));
const {readRecursively} = require(path.join(bundlerDist, 'read-recursively.js')) as {
	readRecursively: (options: {folder: string; startPath: string; staticHash: string; limit: number}) => {
		name: string;
	}[];
};
const {getBundleStaticHash, getBundlePublicPath} = require(path.join(bundlerDist, 'bundle.js')) as {
	getBundleStaticHash: (publicPath: string) => string;
	getBundlePublicPath: (publicPath: string | undefined) => string;
};

let codeHash: string | null = null;

/** The code's bundle, made once per code hash by the real bundler (the webpack cache makes it quicker). */
const getCodeBundle = async (bundle: Bundle, entryPoint: string): Promise<string> => {
	codeHash ??= getCodeHash(PROJECT_DIR);
	const dir = path.join(CACHE, codeHash);
	if (existsSync(path.join(dir, 'index.html'))) {
		utimesSync(dir, new Date(), new Date());
		return dir;
	}
	mkdirSync(CACHE, {recursive: true});
	const emptyPublic = mkdtempSync(path.join(tmpdir(), 'cites-empty-public-'));
	const made = await bundle({entryPoint, publicDir: emptyPublic, enableCaching: true});
	const staging = `${dir}.${process.pid}`;
	cpSync(made, staging, {recursive: true});
	rmSync(made, {recursive: true, force: true});
	if (existsSync(dir)) rmSync(staging, {recursive: true, force: true});
	else renameSync(staging, dir);
	// Bundles of earlier code, unused for a while (a run in progress may still copy a recent one).
	for (const name of readdirSync(CACHE)) {
		const old = path.join(CACHE, name);
		if (old !== dir && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, {recursive: true, force: true});
	}
	return dir;
};

/**
 * What bundle() gives, for the compositions' code as it is now: a copy of the code's bundle
 * with `publicDir` copied in as its public folder and listed in its index.html, as bundle()
 * does. A render test pays for webpack once per change of the code, not once per render.
 */
export const reuseBundle = async (bundle: Bundle, options: BundleOptions): Promise<string> => {
	const code = await getCodeBundle(bundle, options.entryPoint);
	const out = mkdtempSync(path.join(tmpdir(), 'remotion-webpack-bundle-'));
	cpSync(code, out, {recursive: true, filter: (source) => source !== path.join(code, 'public')});
	const publicDir = path.resolve(options.publicDir!);
	cpSync(publicDir, path.join(out, 'public'), {recursive: true});
	const html = readFileSync(path.join(out, 'index.html'), 'utf8');
	const staticHash = getBundleStaticHash(getBundlePublicPath(undefined));
	const files = readRecursively({folder: '.', startPath: publicDir, staticHash, limit: 10_000}).map((file) => ({
		...file,
		name: file.name.split(path.sep).join('/'),
	}));
	// One line of index.html: `window.remotion_staticFiles = [...].map((file) => …)`.
	const listed = html.replace(
		/(window\.remotion_staticFiles = )\[.*\](\.map\(\(file\) =>)/,
		(_, before: string, after: string) => `${before}${JSON.stringify(files)}${after}`,
	);
	if (listed === html) throw new Error('reuse-bundle: index.html no longer lists its static files where it did');
	writeFileSync(path.join(out, 'index.html'), listed);
	return out;
};
