/**
 * Lambda refusing an invocation for the account's concurrency or rate limits, the way
 * @remotion/lambda-client 4.0.527 surfaces it: the SDK's TooManyRequestsException
 * ("Rate Exceeded.", reason ConcurrentInvocationLimitExceeded) from a plain invoke, or
 * "AWS Concurrency limit reached (Original Error: …)" from a streaming one.
 */
export const isRateLimitError = (error: unknown): boolean => {
	if (!(error instanceof Error)) return false;
	const text = `${error.name}\n${error.message}\n${error.stack ?? ''}`;
	return /TooManyRequestsException|Rate Exceeded|ConcurrentInvocationLimitExceeded|concurrency limit/i.test(text);
};
