import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {sha256} from '../files/hash';
import {FRAME} from '../specs/frame';
import {getProxyArgs} from './get-proxy-args';
import type {SourceProbe} from './source-probe';
import {runSystemFfmpeg} from './system-ffmpeg';

/** Where proxies live: inside the assets folder (the renderers serve only that), outside `out/`. */
export const PROXY_FOLDER = '.proxies';

/**
 * Node only. The proxy of a footage file, made once and kept: named by the source's content
 * hash and the recipe, so a copy of the same file, another campaign or another run finds it,
 * and a change of recipe makes a new one. Written under a temporary name, then renamed.
 * Returns its path relative to the assets folder.
 */
export const makeFootageProxy = async ({
	assetsDir,
	source,
	sourceSha256,
	video,
}: {
	assetsDir: string;
	/** Relative to the assets folder. */
	source: string;
	sourceSha256: string;
	video: NonNullable<SourceProbe['video']>;
}): Promise<string> => {
	const {recipe} = getProxyArgs({input: '', output: '', video, frame: FRAME});
	const name = path.join(PROXY_FOLDER, `${sourceSha256.slice(0, 16)}-${sha256(recipe).slice(0, 8)}.mp4`);
	const target = path.join(assetsDir, name);
	if (existsSync(target)) return name;
	mkdirSync(path.dirname(target), {recursive: true});
	const partial = `${target}.partial`;
	const {args} = getProxyArgs({input: path.join(assetsDir, source), output: partial, video, frame: FRAME});
	try {
		await runSystemFfmpeg(args);
		renameSync(partial, target);
	} finally {
		rmSync(partial, {force: true});
	}
	return name;
};
