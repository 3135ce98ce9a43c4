/**
 * Settles with the promise, or rejects as soon as the signal aborts; the work behind the
 * promise is left to stop at its own next check of the signal.
 */
export const raceAbort = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> => {
	promise.catch(() => undefined);
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, {once: true});
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
	});
};
