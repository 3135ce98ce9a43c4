import {join} from 'node:path';
import type {DialogueLine} from './dialogues';
import {seededRandom} from './prng';
import {run, sox, wavSamples, words} from './tools';
import {VOICES} from './voices';
import {measureWordStarts, type WordStart} from './word-starts';

export const SAMPLE_RATE = 48000;
const SAMPLES_PER_FRAME = SAMPLE_RATE / 30;
// Speech must start within 0.6 s of the clip; 0.4 s keeps it off the very first frame.
const LEAD_SAMPLES = 0.4 * SAMPLE_RATE;
const MIN_TAIL_SAMPLES = 1.0 * SAMPLE_RATE;
const GAP_MIN_SECONDS = 0.3;
const GAP_MAX_SECONDS = 0.8;
// A hair under -3 dBFS so speech plus the ambient bed still peaks around -3 dBFS.
const SPEECH_PEAK_DB = -3.2;
// Peak level of the brown-noise bed (its RMS lands near -47 dBFS): never digital silence, never noticeable.
const BED_PEAK_DB = -42;

export type Cue = {
	readonly startSeconds: number;
	readonly endSeconds: number;
	readonly text: string;
	/** Each word of the text and when its sound starts, on the clip's timeline. */
	readonly words: readonly WordStart[];
};
export type EpisodeAudio = {readonly wav: string; readonly durationSeconds: number; readonly cues: readonly Cue[]};

// espeak pads its output with silence: trimming it (both ends, via reverse) makes the measured
// length exactly where the voice is, which is what the SRT cue must cover. 5 ms fades avoid clicks.
const TRIM_SILENCE = words('silence 1 0.01 0.3% reverse silence 1 0.01 0.3% fade t 0.005 reverse fade t 0.005');

const synthesizeLine = (workDir: string, index: number, dialogueLine: DialogueLine) => {
	const [speaker, text] = dialogueLine;
	const voice = VOICES[speaker];
	const raw = join(workDir, `raw-${index}.wav`);
	const line = join(workDir, `line-${index}.wav`);
	run('espeak-ng', ['-v', voice.variant, '-p', String(voice.pitch), '-s', String(voice.speed), '-w', raw, text]);
	sox([
		raw,
		'-b',
		'16',
		line,
		...TRIM_SILENCE,
		...words(`rate -v ${SAMPLE_RATE} gain -n ${SPEECH_PEAK_DB} channels 2`),
	]);
	return {file: line, words: measureWordStarts(workDir, index, dialogueLine, raw)};
};

const silence = (workDir: string, name: string, samples: number): string => {
	const file = join(workDir, `${name}.wav`);
	sox(['-n', '-r', String(SAMPLE_RATE), '-c', '2', '-b', '16', file, 'trim', '0', `${samples}s`]);
	return file;
};

const ambientBed = (workDir: string, samples: number): string => {
	const file = join(workDir, 'bed.wav');
	const noise = words(`synth ${samples}s brownnoise lowpass 900 gain -n ${BED_PEAK_DB}`);
	sox(['-n', ...words(`-r ${SAMPLE_RATE} -c 2 -b 16`), file, ...noise]);
	return file;
};

// Gaps vary like a real conversation, from a seeded sequence so every run lays lines out the same way.
const gapSamples = (random: () => number): number => {
	const seconds = GAP_MIN_SECONDS + random() * (GAP_MAX_SECONDS - GAP_MIN_SECONDS);
	return Math.round(seconds * 100) * (SAMPLE_RATE / 100);
};

/** Synthesizes the dialogue, lays it on a timeline over an ambient bed; returns the mix and each line's exact cue. */
export const buildEpisodeAudio = (episode: number, lines: readonly DialogueLine[], workDir: string): EpisodeAudio => {
	const random = seededRandom(episode);
	const pieces: string[] = [silence(workDir, 'lead', LEAD_SAMPLES)];
	const cues: Cue[] = [];
	let cursor = LEAD_SAMPLES;
	lines.forEach((line, index) => {
		if (index > 0) {
			const gap = gapSamples(random);
			pieces.push(silence(workDir, `gap-${index}`, gap));
			cursor += gap;
		}
		const {file, words: wordStarts} = synthesizeLine(workDir, index, line);
		const samples = wavSamples(file);
		pieces.push(file);
		const startSeconds = cursor / SAMPLE_RATE;
		const words = wordStarts.map((word) => ({
			text: word.text,
			startSeconds: word.startSeconds === null ? null : startSeconds + word.startSeconds,
		}));
		cues.push({startSeconds, endSeconds: (cursor + samples) / SAMPLE_RATE, text: line[1], words});
		cursor += samples;
	});
	// Round the clip up to a whole video frame so audio and video end on the same sample.
	const totalSamples = Math.ceil((cursor + MIN_TAIL_SAMPLES) / SAMPLES_PER_FRAME) * SAMPLES_PER_FRAME;
	pieces.push(silence(workDir, 'tail', totalSamples - cursor));
	const speech = join(workDir, 'speech.wav');
	sox([...pieces, speech]);
	const wav = join(workDir, 'mix.wav');
	// Explicit -v 1 on each input: sox -m would otherwise halve both.
	sox(['-m', '-v', '1', speech, '-v', '1', ambientBed(workDir, totalSamples), '-b', '16', wav]);
	return {wav, durationSeconds: totalSamples / SAMPLE_RATE, cues};
};
