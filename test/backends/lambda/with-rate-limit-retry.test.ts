import {describe, expect, test, vi} from 'vitest';
import {getBackoffDelayMs, withRateLimitRetry} from '../../../src/backends/lambda/with-rate-limit-retry';

const named = (name: string, message: string) => Object.assign(new Error(message), {name});

describe('withRateLimitRetry', () => {
	const signal = new AbortController().signal;

	test('backs off exponentially, up to 30 s', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => getBackoffDelayMs(attempt))).toEqual([
			1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
		]);
	});

	test('retries a rate-limit error after waiting, then returns the result', async () => {
		const sleep = vi.fn(async () => undefined);
		const call = vi
			.fn()
			.mockRejectedValueOnce(named('TooManyRequestsException', 'Rate Exceeded.'))
			.mockRejectedValueOnce(new Error('ConcurrentInvocationLimitExceeded'))
			.mockResolvedValueOnce('started');
		await expect(withRateLimitRetry(call, {sleep, signal})).resolves.toBe('started');
		expect(call).toHaveBeenCalledTimes(3);
		expect(sleep.mock.calls).toEqual([
			[1000, signal],
			[2000, signal],
		]);
	});

	test('lets any other error through at once', async () => {
		const sleep = vi.fn(async () => undefined);
		const call = vi.fn().mockRejectedValue(new Error('AccessDeniedException: not authorized'));
		await expect(withRateLimitRetry(call, {sleep, signal})).rejects.toThrow('AccessDeniedException: not authorized');
		expect(call).toHaveBeenCalledTimes(1);
		expect(sleep).not.toHaveBeenCalled();
	});

	test('gives up after the last retry and says to raise the quota', async () => {
		const sleep = vi.fn(async () => undefined);
		const call = vi.fn().mockRejectedValue(named('TooManyRequestsException', 'Rate Exceeded.'));
		await expect(
			withRateLimitRetry(call, {sleep, signal, policy: {retries: 2, firstDelayMs: 10, maxDelayMs: 100}}),
		).rejects.toThrow(
			'AWS Lambda is still at its concurrency limit after 2 retries (Rate Exceeded.); raise the quota, see the README section "Rendering on AWS Lambda"',
		);
		expect(call).toHaveBeenCalledTimes(3);
	});
});
