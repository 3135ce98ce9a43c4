import {getTimingExample} from './get-timing-example';
import {parseTimestamp} from './parse-timestamp';
import {quoteExcerpt} from './quote-excerpt';

export type ParseTimingLineInput = {
	text: string;
	/** Only changes the hint: WebVTT and SRT write the milliseconds differently, and both are read. */
	isVtt: boolean;
};

export type ParseTimingLineOutput =
	{kind: 'text'} | {kind: 'timing'; startMs: number; endMs: number} | {kind: 'bad-timing'; message: string};

// Something shaped like two timestamps with a wrong arrow (`->`, `-`, `–`) is a broken timing
// line, not dialogue: treating it as text would burn "00:00:01,000 -> …" into the video.
// The fraction is required so that dialogue such as "18:30 - 19:00" stays text.
const TIMESTAMP_LIKE = String.raw`\d+:\d+(?::\d+)?[,.:]\d+`;
const MISSHAPEN_TIMING = new RegExp(String.raw`^\s*${TIMESTAMP_LIKE}\s*(?:=>|-+>?|–|—)\s*${TIMESTAMP_LIKE}(?:\s|$)`);

/**
 * Reads a cue's timing line (`start --> end [settings]`). Cue settings after the end time
 * (`align:start position:10%`) and SRT coordinates are ignored: the layout is ours.
 */
export const parseTimingLine = ({text, isVtt}: ParseTimingLineInput): ParseTimingLineOutput => {
	const example = getTimingExample({isVtt});
	const arrow = text.indexOf('-->');
	if (arrow === -1) {
		return MISSHAPEN_TIMING.test(text)
			? {
					kind: 'bad-timing',
					message: `timing line ${quoteExcerpt({text: text.trim()})} has no "-->" arrow; write it as ${example}`,
				}
			: {kind: 'text'};
	}
	const startText = text.slice(0, arrow).trim();
	const [endText = ''] = text
		.slice(arrow + 3)
		.trim()
		.split(/\s+/);
	const startMs = parseTimestamp({text: startText});
	const endMs = parseTimestamp({text: endText});
	if (startMs === null || endMs === null) {
		const describe = (which: string, written: string) =>
			written === ''
				? `the ${which} time is missing`
				: `cannot read the ${which} time ${quoteExcerpt({text: written})}`;
		const unreadable = [
			startMs === null ? describe('start', startText) : null,
			endMs === null ? describe('end', endText) : null,
		].filter((part) => part !== null);
		return {
			kind: 'bad-timing',
			message: `timing line ${quoteExcerpt({text: text.trim()})}: ${unreadable.join(' and ')}; write it as ${example}`,
		};
	}
	return {kind: 'timing', startMs, endMs};
};
