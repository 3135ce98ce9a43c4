export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Waits, or rejects as soon as the signal aborts (a cancelled render stops waiting at once). */
export const sleep: Sleep = (ms, signal) =>
	new Promise((resolve, reject) => {
		if (signal.aborted) return reject(signal.reason);
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal.reason);
		};
		signal.addEventListener('abort', onAbort, {once: true});
	});
