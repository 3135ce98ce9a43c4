import {existsSync, mkdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {sha256} from '../files/hash';
import {writeFileAtomic} from '../files/write-file-atomic';
import {PROXY_FOLDER, PROXY_INDEX} from '../specs/footage-proxy';
import {FRAME} from '../specs/frame';
import {getProxyArgs} from './get-proxy-args';
import type {SourceProbe} from './source-probe';
import {runSystemFfmpeg} from './system-ffmpeg';

/**
 * Node only. The proxy of a footage file, made once and kept: named by the source's content
 * hash and the recipe, so a copy of the same file, another campaign or another run finds it,
 * and a change of recipe makes a new one. Written under a temporary name, then renamed, and
 * noted in the folder's proxy index for Studio. Returns its path relative to the assets folder.
 */
export const makeFootageProxy = async ({
	assetsDir,
	source,
	sourceSha256,
	video,
	onMake = () => undefined,
}: {
	assetsDir: string;
	/** Relative to the assets folder. */
	source: string;
	sourceSha256: string;
	video: NonNullable<SourceProbe['video']>;
	/** Told when the proxy is not made yet and is being made now (it takes a while). */
	onMake?: () => void;
}): Promise<string> => {
	const {recipe} = getProxyArgs({input: '', output: '', video, frame: FRAME});
	const name = `${PROXY_FOLDER}/${sourceSha256.slice(0, 16)}-${sha256(recipe).slice(0, 8)}.mp4`;
	const target = path.join(assetsDir, name);
	if (!existsSync(target)) {
		onMake();
		mkdirSync(path.dirname(target), {recursive: true});
		await makeProxy({assetsDir, source, video, target});
	}
	recordProxy({assetsDir, source, proxy: name});
	return name;
};

const makeProxy = async ({
	assetsDir,
	source,
	video,
	target,
}: {
	assetsDir: string;
	source: string;
	video: NonNullable<SourceProbe['video']>;
	target: string;
}) => {
	const partial = `${target}.partial`;
	const {args} = getProxyArgs({input: path.join(assetsDir, source), output: partial, video, frame: FRAME});
	try {
		await runSystemFfmpeg(args);
		renameSync(partial, target);
	} finally {
		rmSync(partial, {force: true});
	}
};

/** Notes in the index that this is the proxy of that source now: Studio previews from it. */
const recordProxy = ({assetsDir, source, proxy}: {assetsDir: string; source: string; proxy: string}) => {
	const file = path.join(assetsDir, PROXY_INDEX);
	let index: Record<string, string> = {};
	try {
		index = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
	} catch {
		// No index yet, or a broken one: it is only a cache, start again.
	}
	if (index[source] === proxy) return;
	writeFileAtomic(file, `${JSON.stringify({...index, [source]: proxy}, null, '\t')}\n`);
};
