import type {Cue} from './speech';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const timestamp = (seconds: number): string => {
	const ms = Math.round(seconds * 1000);
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor(ms / 60_000) % 60;
	const s = Math.floor(ms / 1000) % 60;
	return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)},${pad(ms % 1000, 3)}`;
};

/** Plain SRT: numbered cues, blank line between them, LF line ends (the caller writes UTF-8 without BOM). */
export const toSrt = (cues: readonly Cue[]): string =>
	cues
		.map((cue, index) => `${index + 1}\n${timestamp(cue.startSeconds)} --> ${timestamp(cue.endSeconds)}\n${cue.text}\n`)
		.join('\n');
