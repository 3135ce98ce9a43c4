import {join} from 'node:path';
import {run, sox, words} from './tools';

// A 64 s loop at 90 bpm: 24 bars of a vi–IV–I–V pad (Am F C G, two bars each, three times) with a
// soft arpeggio, kick, clap and hi-hats, all synthesized with sox. Every part is built from slices
// of an exact number of samples, so the loop is exactly 64.000 s and each chord fades to zero
// before the next: the end joins the start without a click.
const RATE = 48000;
const EIGHTH = RATE / 3; // 90 bpm: a beat is 2/3 s, an eighth 1/3 s = 16000 samples
const BAR = 8 * EIGHTH;
const CHORD = 2 * BAR;
const CYCLES = 3;
// MIDI notes: bass, then three pad voices.
const PROGRESSION: ReadonlyArray<readonly [number, number, number, number]> = [
	[45, 57, 60, 64], // Am
	[41, 57, 60, 65], // F
	[48, 55, 60, 64], // C
	[43, 55, 59, 62], // G
];
const ARPEGGIO = [0, 1, 2, 3, 2, 1, 0, 2]; // index into [pad voices..., octave above the first]
const PEAK_DB = -4; // AAC adds a few tenths of a dB of overshoot; the encoded file stays at or below -3 dBFS

const hz = (midi: number): string => (440 * 2 ** ((midi - 69) / 12)).toFixed(2);

/** A generated mono sound; `spec` is sox synth's length, source and any effects. */
const synth = (file: string, spec: string): string => {
	sox(['-n', ...words(`-r ${RATE} -c 1 -b 16`), file, ...words(`synth ${spec}`)]);
	return file;
};

const tone = (file: string, samples: number, wave: string, midi: number, effects: string): string =>
	synth(file, `${samples}s ${wave} ${hz(midi)} ${effects}`);

const mix = (
	file: string,
	inputs: ReadonlyArray<readonly [file: string, volume: number]>,
	effects: readonly string[] = [],
): string => {
	// Explicit -v per input: sox -m would otherwise divide each by the number of inputs. -m needs 2+ inputs.
	const mixFlag = inputs.length > 1 ? ['-m'] : [];
	sox([...mixFlag, ...inputs.flatMap(([input, volume]) => ['-v', String(volume), input]), file, ...effects]);
	return file;
};

/** One chord, two bars long: a sine bass and three triangle voices with slow attack and release. */
const padChord = (dir: string, index: number, notes: readonly number[]): string => {
	const envelope = `lowpass 1500 fade h 0.15 ${CHORD}s 0.4`;
	const voices = notes.map((midi, voice) =>
		tone(join(dir, `pad-${index}-${voice}.wav`), CHORD, voice === 0 ? 'sine' : 'triangle', midi, envelope),
	);
	return mix(
		join(dir, `pad-${index}.wav`),
		voices.map((file, voice) => [file, voice === 0 ? 0.5 : 0.22] as const),
	);
};

/** Two bars of eighth-note plucks over the chord's voices, an octave up. */
const arpeggioChord = (dir: string, index: number, notes: readonly number[]): string[] => {
	const voices = [...notes.slice(1), (notes[1] ?? 60) + 12].map((midi) => midi + 12);
	const plucks = voices.map((midi, voice) =>
		tone(join(dir, `arp-${index}-${voice}.wav`), EIGHTH, 'sine', midi, `fade q 0.004 ${EIGHTH}s 0.3`),
	);
	return [...ARPEGGIO, ...ARPEGGIO].map((voice) => plucks[voice] ?? plucks[0]!);
};

/** One bar of drums as eight exact eighth-note slices: kick on 1 and 3, clap on 2 and 4, hats throughout. */
const drumBar = (dir: string): string => {
	const kick = synth(join(dir, 'kick.wav'), '0.3 sine 150:45 fade q 0.002 0.3 0.26');
	const clap = synth(join(dir, 'clap.wav'), '0.14 pinknoise bandpass 1500 1.2q fade q 0.002 0.14 0.12');
	const hat = synth(join(dir, 'hat.wav'), '0.05 whitenoise highpass 7000 fade q 0.001 0.05 0.045');
	const slice = (name: string, parts: ReadonlyArray<readonly [string, number]>): string =>
		mix(join(dir, `drum-${name}.wav`), parts, words(`pad 0 ${EIGHTH}s trim 0 ${EIGHTH}s`));
	const down = slice('kick', [
		[kick, 0.9],
		[hat, 0.12],
	]);
	const off = slice('off', [[hat, 0.2]]);
	const back = slice('clap', [
		[clap, 0.35],
		[hat, 0.12],
	]);
	const bar = join(dir, 'drum-bar.wav');
	sox([down, off, back, off, down, off, back, off, bar]);
	return bar;
};

export const makeMusicBed = (workDir: string, outFile: string): void => {
	const repeat = <T>(items: readonly T[]): T[] => Array.from({length: CYCLES}, () => items).flat();
	const pad = join(workDir, 'pad.wav');
	sox([...repeat(PROGRESSION.map((notes, index) => padChord(workDir, index, notes))), pad]);
	const arp = join(workDir, 'arp.wav');
	sox([...repeat(PROGRESSION.flatMap((notes, index) => arpeggioChord(workDir, index, notes))), arp]);
	const drums = join(workDir, 'drums.wav');
	const bars = CYCLES * PROGRESSION.length * (CHORD / BAR);
	sox([drumBar(workDir), drums, 'repeat', String(bars - 1)]);
	const wav = join(workDir, 'music.wav');
	mix(
		wav,
		[
			[pad, 0.6],
			[arp, 0.18],
			[drums, 0.5],
		],
		words(`channels 2 gain -n ${PEAK_DB}`),
	);
	const aac = words(`-c:a aac -profile:a aac_low -b:a 128k -ar ${RATE} -ac 2 -movflags +faststart`);
	run('ffmpeg', [...words('-hide_banner -v error -y -i'), wav, ...aac, outFile]);
};
