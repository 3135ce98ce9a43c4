import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../files/write-file-atomic';
import type {ReviewRecord, ReviewState} from './review-types';

/** Pictures and memory of the review page live in out/review/, next to the page. */
export const REVIEW_DIR = 'review';
const STATE_NAME = 'review.json';

export const readReviewState = (outDir: string): Map<string, ReviewRecord> => {
	const file = path.join(outDir, REVIEW_DIR, STATE_NAME);
	if (!existsSync(file)) return new Map();
	try {
		const state = JSON.parse(readFileSync(file, 'utf8')) as ReviewState;
		if (state.version !== 1 || !Array.isArray(state.assets)) return new Map();
		return new Map(state.assets.map((record) => [record.id, record]));
	} catch {
		return new Map(); // Lost memory only costs new thumbnails and one "first render".
	}
};

export const writeReviewState = (outDir: string, records: readonly ReviewRecord[]): void => {
	const state: ReviewState = {version: 1, assets: [...records]};
	writeFileAtomic(path.join(outDir, REVIEW_DIR, STATE_NAME), `${JSON.stringify(state, null, '\t')}\n`);
};
