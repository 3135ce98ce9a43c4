import {existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {type ManifestEntry, readManifest} from '../plan/manifest';
import {readPostingSheet} from '../posting/write-posting-sheet';
import {writeFileAtomic} from '../files/write-file-atomic';
import {extractCraftFrames} from './extract-craft-frames';
import {extractReviewFrames} from './extract-review-frames';
import type {CraftRow} from './render-craft-section';
import {getReviewChange} from './get-review-change';
import {renderReviewPage} from './render-review-page';
import {readReviewState, REVIEW_DIR, writeReviewState} from './review-state';
import type {ReviewCard, ReviewMedia, ReviewRecord} from './review-types';

export const REVIEW_PAGE_NAME = 'index.html';

const mediaFiles = (media: ReviewMedia | null): string[] =>
	media ? [...(media.poster ? [media.poster] : []), ...media.frames.map((frame) => frame.file)] : [];

/** Pictures already made from exactly this file, still on disk. */
const isReusable = (media: ReviewMedia | null | undefined, fileHash: string, outDir: string): media is ReviewMedia =>
	media?.fileHash === fileHash && mediaFiles(media).every((file) => existsSync(path.join(outDir, file)));

const makeMedia = async (entry: ManifestEntry & {fileHash: string; durationInSeconds: number}, outDir: string) => {
	const dir = path.join(outDir, REVIEW_DIR);
	const cover = entry.cover && existsSync(path.join(outDir, entry.cover)) ? path.join(outDir, entry.cover) : null;
	const made = await extractReviewFrames({
		video: path.join(outDir, entry.file),
		cover,
		durationInSeconds: entry.durationInSeconds,
		dir,
		stem: `${entry.id.replace(/[^\w-]/g, '_')}.${entry.fileHash.slice(0, 12)}`,
	});
	return {
		fileHash: entry.fileHash,
		poster: `${REVIEW_DIR}/${made.poster}`,
		frames: made.frames.map(({name, atSeconds}) => ({file: `${REVIEW_DIR}/${name}`, atSeconds})),
	} satisfies ReviewMedia;
};

/**
 * Writes out/index.html from out/manifest.json: one card per asset with its poster, a
 * contact sheet, the playable video, QC and what changed. Pictures are made only for files
 * the page has not seen (by fileHash), and out/review/review.json remembers each asset's
 * last render so the next run can say which inputs changed. Returns the page's path.
 */
export const writeReviewPage = async ({
	outDir,
	timeZone,
	onWarning = () => undefined,
}: {
	outDir: string;
	/** Default: the campaign's, as the manifest records it. */
	timeZone?: string;
	onWarning?: (message: string) => void;
}): Promise<string> => {
	const manifest = readManifest(outDir);
	const reviewDir = path.join(outDir, REVIEW_DIR);
	mkdirSync(reviewDir, {recursive: true});
	for (const name of readdirSync(reviewDir)) {
		if (name.startsWith('.') && name.includes('.partial.')) rmSync(path.join(reviewDir, name), {force: true});
	}
	const previous = readReviewState(outDir);
	const records: ReviewRecord[] = [];
	const cards: ReviewCard[] = [];
	for (const entry of manifest?.assets ?? []) {
		const before = previous.get(entry.id);
		const change = getReviewChange({previous: before, entry});
		const fileMissing = entry.status === 'rendered' && !existsSync(path.join(outDir, entry.file));
		let media: ReviewMedia | null = null;
		const {fileHash, durationInSeconds} = entry;
		if (entry.status === 'rendered' && !fileMissing && fileHash && durationInSeconds) {
			const made = before?.media;
			if (isReusable(made, fileHash, outDir)) media = made;
			else {
				try {
					media = await makeMedia({...entry, fileHash, durationInSeconds}, outDir);
				} catch (error) {
					const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
					onWarning(`${entry.id}: no review pictures (${message})`);
				}
			}
		}
		const {id, renderedAt, status, inputs} = entry;
		records.push({id, renderedAt, status, fileHash, inputs, change, media});
		cards.push({entry, change, media, fileMissing});
	}
	const kept = new Set(records.flatMap((record) => mediaFiles(record.media)));
	for (const file of [...previous.values()].flatMap((record) => mediaFiles(record.media))) {
		// Only pictures this page made, and only inside its folder.
		if (!kept.has(file)) rmSync(path.join(reviewDir, path.basename(file)), {force: true});
	}
	writeReviewState(outDir, records);
	let craft: CraftRow[] = [];
	try {
		craft = manifest ? await extractCraftFrames({manifest, outDir, reviewDir}) : [];
	} catch (error) {
		onWarning(`no craft contact sheets (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
	}
	const page = path.join(outDir, REVIEW_PAGE_NAME);
	writeFileAtomic(
		page,
		renderReviewPage({
			campaign: manifest?.campaign ?? null,
			updatedAt: manifest?.updatedAt ?? null,
			cards,
			timeZone: timeZone ?? manifest?.timeZone ?? 'UTC',
			variants: readPostingSheet(outDir)?.posts ?? [],
			craft,
		}),
	);
	return page;
};
