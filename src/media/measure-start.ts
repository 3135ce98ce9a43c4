import path from 'node:path';
import type {StartMeasure} from './media-probe';
import {START} from '../specs/loudness';
import {runFfmpeg} from './run-ffmpeg';

const readWavSamples = (wav: Buffer): Int16Array => {
	// Find the "data" chunk rather than assuming a 44-byte header.
	let offset = 12;
	while (offset + 8 <= wav.length) {
		const id = wav.toString('latin1', offset, offset + 4);
		const size = wav.readUInt32LE(offset + 4);
		if (id === 'data') {
			const bytes = wav.subarray(offset + 8, Math.min(wav.length, offset + 8 + size));
			return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~1)));
		}
		offset += 8 + size + (size % 2);
	}
	return new Int16Array(0);
};

/** Mean luma (0–255) of the first half second's frames, and the RMS level of its sound. */
export const measureStart = async (file: string, hasAudio: boolean): Promise<StartMeasure> => {
	const input = path.resolve(file);
	const video = await runFfmpeg([
		'-v',
		'error',
		'-t',
		String(START.windowSeconds),
		'-i',
		input,
		'-an',
		'-vf',
		'scale=32:56,format=gray',
		'-f',
		'image2pipe',
		'-c:v',
		'rawvideo',
		'-',
	]);
	const luma = video.stdout;
	const meanLuma = luma.length === 0 ? 0 : luma.reduce((sum, value) => sum + value, 0) / luma.length;
	if (!hasAudio) return {meanLuma, audioRmsDbfs: null};
	const audio = await runFfmpeg([
		'-v',
		'error',
		'-t',
		String(START.windowSeconds),
		'-i',
		input,
		'-vn',
		'-ac',
		'1',
		'-ar',
		'48000',
		'-c:a',
		'pcm_s16le',
		'-f',
		'wav',
		'-',
	]);
	const samples = readWavSamples(audio.stdout);
	const meanSquare = samples.reduce((sum, s) => sum + (s / 32768) ** 2, 0) / Math.max(1, samples.length);
	return {meanLuma, audioRmsDbfs: meanSquare === 0 ? -Infinity : 10 * Math.log10(meanSquare)};
};
