import {existsSync} from 'node:fs';
import path from 'node:path';
import {sha256, stableStringify} from '../files/hash';
import type {JobMedia} from '../kinds/render-job';

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

export type ContentKey = {key: string; inputs: Record<string, string>};

/**
 * The content key of an asset: everything that decides its pixels and sound and nothing
 * else (not the campaign's file name, not another episode), and the backend that makes
 * it, so one backend's output never stands in for another's, nor one browser's for another's. Each input is kept by name
 * so a later run can say which one changed.
 */
export const getContentKey = ({
	props,
	media,
	codeHash,
	settings,
	backend,
	browser,
}: {
	props: unknown;
	media: readonly JobMedia[];
	codeHash: string;
	settings: unknown;
	backend: string;
	/** The Chromium of a local render (getBackendBrowser); null where the backend id names it (Lambda). */
	browser: string | null;
}): ContentKey => {
	const inputs: Record<string, string> = {
		props: sha256(stableStringify(props)),
		code: codeHash,
		settings: sha256(stableStringify(settings)),
		backend,
		...(browser === null ? {} : {browser}),
	};
	for (const file of media) inputs[file.path] = file.sha256;
	return {key: sha256(stableStringify(inputs)), inputs};
};

/** Names of the inputs that differ between two keys ("props", "code", "footage/ep03.mp4"). */
export const diffInputs = (before: Record<string, string>, after: Record<string, string>): string[] =>
	[...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
