export type GetTimingExampleInput = {isVtt: boolean};

/**
 * A timing line written the way the file's own format writes it, for hints: WebVTT puts a
 * dot before the milliseconds, SRT a comma. A hint in the other format would teach the wrong one.
 */
export const getTimingExample = ({isVtt}: GetTimingExampleInput): string =>
	isVtt ? '00:01:02.500 --> 00:01:04.000' : '00:01:02,500 --> 00:01:04,000';
