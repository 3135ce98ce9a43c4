import {getKindModule} from '../../../kinds/registry';
import type {RenderJob} from '../../../kinds/render-job';
import type {RenderCallbacks, RenderStats, RenderTarget} from '../../backend';
import type {RenderSession} from '../render-session';
import {captureLayers, type LayeredCapture} from './capture-layers';
import {compositeLayers} from './composite-layers';

type EarlyCapture = {capture: Promise<LayeredCapture>; cancel: () => void};

/**
 * The layered renderer of a batch, in two stages: Chrome captures (captureLayers), one job
 * at a time, then ffmpeg composites (compositeLayers). Told which job comes next (prepare),
 * it captures that job while ffmpeg still composites the one before, when Chrome would
 * otherwise wait; rendering the next job then takes those captures over.
 */
export const createLayeredRenderer = ({
	session,
	assetsDir,
	concurrency,
}: {
	session: () => RenderSession;
	assetsDir: string;
	concurrency: number | null;
}) => {
	// Chrome's stage runs one job after the other, in the order asked.
	let chromeTurn: Promise<unknown> = Promise.resolve();
	const capture = (job: RenderJob, callbacks: RenderCallbacks): Promise<LayeredCapture> => {
		const run = () =>
			captureLayers({
				session: session(),
				job,
				kind: getKindModule(job.kind),
				assetsDir,
				concurrency,
				registerCancel: callbacks.registerCancel,
				onProgress: callbacks.onProgress,
			});
		const captured = chromeTurn.then(run, run);
		chromeTurn = captured.catch(() => undefined);
		return captured;
	};
	const early = new Map<string, EarlyCapture>();
	return {
		/** Starts capturing `job` once Chrome is done with what it was asked before. */
		prepare: (job: RenderJob): void => {
			if (early.has(job.id)) return;
			// Cancelled before its turn came, it stops as soon as it starts.
			let cancelled = false;
			let cancelStarted = () => {};
			const captured = capture(job, {
				registerCancel: (cancel) => {
					cancelStarted = cancel;
					if (cancelled) cancel();
				},
				onProgress: () => undefined,
			});
			captured.catch(() => undefined);
			const cancel = () => {
				cancelled = true;
				cancelStarted();
			};
			early.set(job.id, {capture: captured, cancel});
		},
		render: async (job: RenderJob, target: RenderTarget, callbacks: RenderCallbacks): Promise<RenderStats> => {
			const prepared = early.get(job.id);
			early.delete(job.id);
			if (prepared) callbacks.registerCancel(prepared.cancel);
			// Captures made early that failed (the browser restarted meanwhile) are made again.
			const taken = prepared ? await prepared.capture.catch(() => null) : null;
			return compositeLayers({capture: taken ?? (await capture(job, callbacks)), target, callbacks});
		},
		/** Stops and removes what was captured early and never rendered. */
		close: async (): Promise<void> => {
			const left = [...early.values()];
			early.clear();
			for (const {cancel} of left) cancel();
			await Promise.allSettled(left.map(({capture: captured}) => captured.then((c) => c.dispose())));
		},
	};
};
