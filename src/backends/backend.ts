import type {RenderJob} from '../kinds/render-job';
import type {QcCheck} from '../qc/qc-check';

/** Where a backend writes a job's files: temporary names the caller renames when all is done. */
export type RenderTarget = {video: string; cover: string | null};

export type RenderCallbacks = {
	onProgress: (renderedFrames: number, totalFrames: number) => void;
	/** Hands over a function that stops the render in flight (Ctrl-C). */
	registerCancel: (cancel: () => void) => void;
};

/** What a backend tells of a render it made. */
export type RenderStats = {
	/** Frames the browser captured (all of them, unless layered); null where unknown (Lambda). */
	capturedFrames: number | null;
	/** QC's text contrast rule, when the backend measured it on the way (the layered renderer does). */
	contrast?: QcCheck;
	/** The sound is already at the loudness target (the layered renderer normalises it while the pictures encode). */
	loudnessNormalized?: boolean;
};

/**
 * Takes render jobs, gives back files. Loudness, QC, the manifest and the review page come
 * after, the same whatever backend made the files.
 */
export type Backend = {
	/** `local`, or `lambda:<function version>`: part of every content key. */
	id: string;
	/** Sets up what a batch shares (a bundle and a browser, or a deployed site). */
	open: () => Promise<void>;
	render: (job: RenderJob, target: RenderTarget, callbacks: RenderCallbacks) => Promise<RenderStats>;
	/** Told, while a job renders, which one comes next: a backend may start on it early. */
	prepare?: (job: RenderJob) => void;
	/** After a failed attempt, before the retry (a fresh browser). */
	recover: () => Promise<void>;
	close: () => Promise<void>;
};

/** The backend is not ready to render (nothing deployed yet): the message says what to run. Exit 2. */
export class BackendSetupError extends Error {
	override readonly name = 'BackendSetupError';
}
