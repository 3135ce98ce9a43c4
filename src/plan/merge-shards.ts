import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {copyFileAtomic} from '../files/write-file-atomic';
import {type Manifest, type ManifestEntry, mergeManifest, readManifest, writeManifest} from './manifest';

export type MergeResult = {manifest: Manifest; missing: string[]};

/**
 * Gathers the outputs of several shard runs into one folder with one manifest. Shards are
 * disjoint, so each id comes from one of them; if two report it, the later render wins.
 * Files are copied under a temporary name, then renamed: a good output is never half-replaced.
 */
export const mergeShards = ({out, shards}: {out: string; shards: readonly string[]}): MergeResult => {
	mkdirSync(out, {recursive: true});
	const entries = new Map<string, {entry: ManifestEntry; dir: string}>();
	const missing: string[] = [];
	let campaign = '';
	let timeZone = 'UTC';
	for (const dir of shards) {
		const manifest = readManifest(dir);
		if (!manifest) {
			missing.push(`${dir}: no manifest.json`);
			continue;
		}
		if (!campaign) ({campaign, timeZone} = manifest);
		for (const entry of manifest.assets) {
			const known = entries.get(entry.id);
			if (!known || known.entry.renderedAt < entry.renderedAt) entries.set(entry.id, {entry, dir});
		}
	}
	for (const {entry, dir} of entries.values()) {
		for (const name of [entry.file, entry.cover]) {
			if (name === null || entry.status === 'failed') continue;
			const source = path.join(dir, name);
			if (existsSync(source)) copyFileAtomic(source, path.join(out, name));
			else missing.push(`${source}: listed in the manifest but not there`);
		}
	}
	const manifest = mergeManifest(
		readManifest(out),
		{campaign, timeZone},
		[...entries.values()].map(({entry}) => entry),
	);
	writeManifest(out, manifest);
	return {manifest, missing};
};
