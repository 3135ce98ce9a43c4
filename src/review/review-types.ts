import type {ManifestEntry} from '../plan/manifest';

/** Pictures the review page shows for one asset, made from one exact file (its fileHash). */
export type ReviewMedia = {
	fileHash: string;
	/** Paths relative to the review page, e.g. "review/ep03-teaser.1a2b3c4d5e6f.poster.jpg". */
	poster: string | null;
	frames: {file: string; atSeconds: number}[];
};

/** What changed between the render the page showed last time and this one. */
export type ReviewChange =
	| {kind: 'first'}
	| {
			kind: 'changed';
			/** Input names (see getContentKey) that differ; empty when re-rendered with the same inputs. */
			inputs: string[];
			sinceRenderedAt: string;
			previousStatus: ManifestEntry['status'];
			/** Whether the output bytes are identical; null when one of the two renders has no file. */
			sameFile: boolean | null;
	  };

/** What the page remembers of an asset between runs (out/review/review.json). */
export type ReviewRecord = {
	id: string;
	renderedAt: string;
	status: ManifestEntry['status'];
	fileHash: string | null;
	inputs: Record<string, string>;
	change: ReviewChange;
	media: ReviewMedia | null;
};

export type ReviewState = {version: 1; assets: ReviewRecord[]};

/** One card of the page: the manifest entry and what the page adds to it. */
export type ReviewCard = {
	entry: ManifestEntry;
	change: ReviewChange;
	media: ReviewMedia | null;
	/** The manifest names a file that is no longer in the output folder. */
	fileMissing: boolean;
};
