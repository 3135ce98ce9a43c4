import {describe, expect, test} from 'vitest';
import {isRateLimitError} from '../../../src/backends/lambda/is-rate-limit-error';

const named = (name: string, message: string) => Object.assign(new Error(message), {name});

describe('isRateLimitError', () => {
	test.each([
		[named('TooManyRequestsException', 'Rate Exceeded.'), true],
		[new Error('Rate Exceeded.'), true],
		[named('TooManyRequestsException', 'ConcurrentInvocationLimitExceeded'), true],
		[
			new Error(
				'AWS Concurrency limit reached (Original Error: Rate Exceeded.). See https://www.remotion.dev/docs/lambda/troubleshooting/rate-limit for tips to fix this.',
			),
			true,
		],
		[named('AccessDeniedException', 'User is not authorized to perform: lambda:InvokeFunction'), false],
		[new Error('delayRender() was called but not cleared after 28000ms'), false],
		['Rate Exceeded', false],
	])('%s → %s', (error, expected) => {
		expect(isRateLimitError(error)).toBe(expected);
	});
});
