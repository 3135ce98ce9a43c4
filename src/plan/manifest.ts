import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {QcCheck} from '../qc/qc-check';
import {writeFileAtomic} from '../files/write-file-atomic';

export type ManifestEntry = {
	id: string;
	/** A key of the kind registry. */
	kind: string;
	episode: number | null;
	status: 'rendered' | 'failed';
	/** Output file name, relative to the manifest. */
	file: string;
	cover: string | null;
	durationInSeconds: number | null;
	bytes: number | null;
	/** sha256 of the output file. */
	fileHash: string | null;
	/** sha256 of everything that decides the asset's pixels and sound. */
	contentKey: string;
	/** What the key was made of, to explain later what changed. */
	inputs: Record<string, string>;
	scale: number;
	/** Which backend made the file (`local`, `lambda:…`). */
	backend: string;
	qc: {passed: boolean; checks: QcCheck[]};
	error: string | null;
	renderedAt: string;
	renderSeconds: number | null;
	/** Frames the browser captured to make it (fewer than its frames when layered); absent or null where unknown. */
	capturedFrames?: number | null;
	/**
	 * The last re-render of this asset failed (or failed QC) and the file above, an earlier
	 * render, was kept: what that attempt was for and why it failed. Absent otherwise.
	 */
	lastFailure?: {contentKey: string; error: string; failedAt: string} | null;
};

export type Manifest = {
	version: 2;
	campaign: string;
	/** The campaign's time zone: the review page shows dates in it. */
	timeZone: string;
	updatedAt: string;
	assets: ManifestEntry[];
};

export const MANIFEST_NAME = 'manifest.json';

export const readManifest = (outDir: string): Manifest | null => {
	const file = path.join(outDir, MANIFEST_NAME);
	if (!existsSync(file)) return null;
	try {
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
		return manifest.version === 2 && Array.isArray(manifest.assets) ? manifest : null;
	} catch {
		return null; // A damaged manifest only costs a re-render.
	}
};

/** Replaces the entries of the same ids, keeps the others, in a stable order. */
export const mergeManifest = (
	previous: Manifest | null,
	{campaign, timeZone}: Pick<Manifest, 'campaign' | 'timeZone'>,
	entries: readonly ManifestEntry[],
): Manifest => {
	const byId = new Map((previous?.assets ?? []).map((entry) => [entry.id, entry]));
	for (const entry of entries) byId.set(entry.id, entry);
	return {
		version: 2,
		campaign,
		timeZone,
		updatedAt: new Date().toISOString(),
		assets: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
	};
};

/**
 * The entry to record after a failed render: a good output is never lost to a failed
 * re-render, so an earlier render whose file is still there keeps its entry, with the
 * failure noted (its content key, if it is out of date, makes the next run try again).
 */
export const keepEarlierRender = ({
	earlier,
	failed,
	earlierFileExists,
}: {
	earlier: ManifestEntry | undefined;
	failed: ManifestEntry;
	earlierFileExists: boolean;
}): ManifestEntry =>
	earlier?.status === 'rendered' && earlierFileExists
		? {
				...earlier,
				lastFailure: {contentKey: failed.contentKey, error: failed.error ?? 'failed', failedAt: failed.renderedAt},
			}
		: failed;

export const writeManifest = (outDir: string, manifest: Manifest): void =>
	writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, '\t')}\n`);
