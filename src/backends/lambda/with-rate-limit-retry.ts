import {isRateLimitError} from './is-rate-limit-error';
import {LAMBDA_README_SECTION} from './lambda-function-spec';
import type {Sleep} from './sleep';

export type RetryPolicy = {retries: number; firstDelayMs: number; maxDelayMs: number};

/** 1, 2, 4, 8, 16, 30 s: about a minute in all, for a burst of renders to drain. */
export const RATE_LIMIT_RETRY: RetryPolicy = {retries: 6, firstDelayMs: 1000, maxDelayMs: 30_000};

export const getBackoffDelayMs = (attempt: number, policy: RetryPolicy = RATE_LIMIT_RETRY): number =>
	Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** attempt);

/**
 * Runs an AWS call; when Lambda says the account is at its concurrency or rate limit,
 * waits (exponential backoff) and tries again. Any other error goes through at once.
 */
export const withRateLimitRetry = async <T>(
	call: () => Promise<T>,
	{sleep, signal, policy = RATE_LIMIT_RETRY}: {sleep: Sleep; signal: AbortSignal; policy?: RetryPolicy},
): Promise<T> => {
	for (let attempt = 0; ; attempt++) {
		try {
			return await call();
		} catch (error) {
			if (!isRateLimitError(error)) throw error;
			if (attempt >= policy.retries) {
				throw new Error(
					`AWS Lambda is still at its concurrency limit after ${policy.retries} retries (${(error as Error).message.split('\n')[0]}); raise the quota, see ${LAMBDA_README_SECTION}`,
					{cause: error},
				);
			}
			await sleep(getBackoffDelayMs(attempt, policy), signal);
		}
	}
};
