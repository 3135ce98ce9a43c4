import {statSync} from 'node:fs';
import type {AudioProbe, ImageProbe, MediaProbe, VideoProbe} from './media-probe';
import {readBoxOrder} from './read-box-order';
import {runFfprobe} from './run-ffprobe';

type FfprobeStream = Record<string, string | number | undefined>;
type FfprobeOutput = {streams?: FfprobeStream[]; format?: Record<string, string | undefined>};

const num = (value: unknown): number | null => {
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
};

const parseRate = (rate: unknown): number => {
	const [a, b] = String(rate ?? '0/1')
		.split('/')
		.map(Number);
	return b ? (a ?? 0) / b : (a ?? 0);
};

const str = (value: unknown): string | null => (typeof value === 'string' && value !== 'unknown' ? value : null);

/** Node only: probes a delivered MP4 with Remotion's ffprobe and reads its box order. */
export const probeMedia = async (file: string): Promise<MediaProbe> => {
	const output = (await runFfprobe(file, ['-show_format', '-show_streams'])) as FfprobeOutput;
	const streams = output.streams ?? [];
	const v = streams.find((s) => s.codec_type === 'video');
	const a = streams.find((s) => s.codec_type === 'audio');
	const video: VideoProbe | null = v
		? {
				width: Number(v.width),
				height: Number(v.height),
				fps: parseRate(v.avg_frame_rate ?? v.r_frame_rate),
				codec: String(v.codec_name),
				pixelFormat: String(v.pix_fmt),
				colorSpace: str(v.color_space),
				colorTransfer: str(v.color_transfer),
				colorPrimaries: str(v.color_primaries),
				colorRange: str(v.color_range),
				bitrateKbps: num(v.bit_rate) === null ? null : Number(v.bit_rate) / 1000,
				durationSeconds: num(v.duration),
			}
		: null;
	const audio: AudioProbe | null = a
		? {
				codec: String(a.codec_name),
				profile: str(a.profile),
				sampleRate: Number(a.sample_rate),
				channels: Number(a.channels),
				bitrateKbps: num(a.bit_rate) === null ? null : Number(a.bit_rate) / 1000,
				durationSeconds: num(a.duration),
			}
		: null;
	const boxes = readBoxOrder(file);
	const moov = boxes.indexOf('moov');
	const mdat = boxes.indexOf('mdat');
	return {
		file,
		sizeBytes: statSync(file).size,
		durationSeconds: num(output.format?.duration) ?? 0,
		formatName: output.format?.format_name ?? 'unknown',
		moovBeforeMdat: moov !== -1 && (mdat === -1 || moov < mdat),
		video,
		audio,
	};
};

/** Node only: size and codec of a still image. */
export const probeImage = async (file: string): Promise<ImageProbe> => {
	const output = (await runFfprobe(file, ['-show_streams'])) as FfprobeOutput;
	const s = output.streams?.[0] ?? {};
	return {
		file,
		sizeBytes: statSync(file).size,
		width: Number(s.width),
		height: Number(s.height),
		codec: String(s.codec_name),
	};
};
