import type {Cue} from './speech';

const timestamp = (ms: number): string => {
	const pad = (value: number, width = 2) => String(value).padStart(width, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * WebVTT with a timestamp tag before each word (the karaoke form): the cues of the SRT, and
 * when each word starts in the synthesized speech. A word said at the cue's start, or one
 * espeak-ng does not say (a lone `?`), gets no tag.
 */
export const toVtt = (cues: readonly Cue[]): string =>
	`WEBVTT\n\n${cues
		.map((cue, index) => {
			const startMs = Math.round(cue.startSeconds * 1000);
			const endMs = Math.round(cue.endSeconds * 1000);
			let lastMs = startMs;
			const text = cue.words
				.map(({text: word, startSeconds}) => {
					const atMs = startSeconds === null ? null : Math.round(startSeconds * 1000);
					if (atMs === null || atMs <= lastMs || atMs >= endMs) return word;
					lastMs = atMs;
					return `<${timestamp(atMs)}>${word}`;
				})
				.join(' ');
			return `${index + 1}\n${timestamp(startMs)} --> ${timestamp(endMs)}\n${text}\n`;
		})
		.join('\n')}`;
