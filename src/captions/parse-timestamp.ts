export type ParseTimestampInput = {text: string};

// Hours are optional (WebVTT allows `01:02.500`); SRT writes a comma, WebVTT a dot, and
// real files mix them, so both are read. A 1- or 2-digit fraction is a fraction (`,5` = 500 ms).
const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})$/;

/** `00:01:02,500` or `01:02.500` → 62500; null when it is not a timestamp. */
export const parseTimestamp = ({text}: ParseTimestampInput): number | null => {
	const match = TIMESTAMP.exec(text.trim());
	if (!match) return null;
	const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
	if (Number(minutes) >= 60 || Number(seconds) >= 60) return null;
	const ms =
		Number(hours) * 3_600_000 + Number(minutes) * 60_000 + Number(seconds) * 1000 + Number(fraction.padEnd(3, '0'));
	// Hours have no upper bound in WebVTT, but past 2^53 ms (285,000 years) the sum is no longer
	// exact, and 400 digits make it Infinity: such a time is a typo, not a time.
	return Number.isSafeInteger(ms) ? ms : null;
};
