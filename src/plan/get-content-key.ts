import {existsSync} from 'node:fs';
import path from 'node:path';
import {hashFile, sha256, stableStringify} from '../files/hash';

const ASSET_FILE = /\.(mp4|mov|webm|srt|vtt|m4a|mp3|wav|aac|ogg|woff2?|ttf|otf|png|jpe?g)$/i;

/** Asset-folder files an asset reads: every string prop that names one. */
export const listPropFiles = (props: unknown, assetsDir: string): string[] => {
	const found = new Set<string>();
	const visit = (value: unknown) => {
		if (typeof value === 'string') {
			if (ASSET_FILE.test(value) && existsSync(path.join(assetsDir, value))) found.add(value);
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(props);
	return [...found].sort();
};

export type InputKey = {key: string; inputs: Record<string, string>};

/**
 * The content key of an asset: everything that decides its pixels and sound and nothing
 * else (not the campaign's file name, not another episode). Each input is kept by name
 * so a later run can say which one changed.
 */
export const getInputKey = ({
	props,
	assetsDir,
	codeHash,
	settings,
}: {
	props: unknown;
	assetsDir: string;
	codeHash: string;
	settings: unknown;
}): InputKey => {
	const inputs: Record<string, string> = {
		props: sha256(stableStringify(props)),
		code: codeHash,
		settings: sha256(stableStringify(settings)),
	};
	for (const file of listPropFiles(props, assetsDir)) inputs[file] = hashFile(path.join(assetsDir, file));
	return {key: sha256(stableStringify(inputs)), inputs};
};

/** Names of the inputs that differ between two keys ("props", "code", "footage/ep03.mp4"). */
export const diffInputs = (before: Record<string, string>, after: Record<string, string>): string[] =>
	[...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
