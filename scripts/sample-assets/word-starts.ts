import {join} from 'node:path';
import type {DialogueLine} from './dialogues';
import {run, sox, wavSamples} from './tools';
import {VOICES} from './voices';

/** A word of a dialogue line as typed, and when its sound starts, from the start of the trimmed line. */
export type WordStart = {readonly text: string; readonly startSeconds: number | null};

type WordEvents = {sampleRate: number; words: {textPosition: number; sample: number}[]};

const EVENTS_SCRIPT = join(import.meta.dirname, 'espeak-word-events.py');

/**
 * Where each word of a line starts in its trimmed audio: espeak-ng's word events (the same
 * synthesis as `raw`), moved back by the silence speech.ts trims off the front. Words espeak
 * does not say (a lone `?` or `«`) get null.
 */
export const measureWordStarts = (
	workDir: string,
	index: number,
	[speaker, text]: DialogueLine,
	raw: string,
): WordStart[] => {
	const {variant, pitch, speed} = VOICES[speaker];
	const events = JSON.parse(
		run('python3', [EVENTS_SCRIPT, JSON.stringify({voice: variant, pitch, speed, text})]),
	) as WordEvents;
	// The first effect of speech.ts's TRIM_SILENCE alone: how much of the front it cuts.
	const front = join(workDir, `front-${index}.wav`);
	sox([raw, front, 'silence', '1', '0.01', '0.3%']);
	const trimmed = wavSamples(raw) - wavSamples(front);
	const starts: WordStart[] = [];
	let position = 1; // espeak counts characters from 1
	for (const word of text.split(' ')) {
		const length = [...word].length;
		const event = events.words.find((e) => e.textPosition >= position && e.textPosition < position + length);
		const startSeconds = event ? Math.max(0, event.sample - trimmed) / events.sampleRate : null;
		if (word !== '') starts.push({text: word, startSeconds});
		position += length + 1;
	}
	return starts;
};
