import {callRemotionFf} from './call-remotion-ff';
import {statSync} from 'node:fs';
import path from 'node:path';
import {getFrameIntervals} from './get-frame-intervals';
import type {SourceProbe, Transfer} from './source-probe';

type Stream = Record<string, unknown> & {side_data_list?: Array<Record<string, unknown>>};

const callFfprobe = async (args: readonly string[]) => {
	const {stdout, stderr} = await callRemotionFf({
		bin: 'ffprobe',
		args: ['-v', 'error', ...args],
	});
	return {stdout, stderr: stderr.trim()};
};

const num = (value: unknown): number | null => {
	const n = Number(value);
	return value !== undefined && Number.isFinite(n) ? n : null;
};

const parseRate = (rate: unknown): number => {
	const [a = 0, b = 1] = String(rate ?? '0/1')
		.split('/')
		.map(Number);
	return b ? a / b : 0;
};

const TRANSFERS: Record<string, Transfer> = {'arib-std-b67': 'hlg', smpte2084: 'pq'};

/** Degrees the picture is turned on display, from the display matrix (or an old `rotate` tag). */
const getRotation = (stream: Stream): number => {
	const matrix = stream.side_data_list?.find((d) => d.rotation !== undefined);
	const tags = stream.tags as Record<string, string> | undefined;
	const degrees = num(matrix?.rotation) ?? num(tags?.rotate) ?? 0;
	return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
};

const memo = new Map<string, Promise<SourceProbe>>();

/**
 * Node only. What a source file really holds, read from its content, not its extension:
 * its streams, the picture as displayed (rotation applied), whether frames come at a
 * constant rate, its HDR transfer, and whether every packet can be read to the end (a
 * truncated or corrupt file is `damage`). Reads every packet but decodes none: a 60 s clip
 * takes a fraction of a second. Remembered per path, size and date for the run.
 */
export const probeSourceMedia = (file: string): Promise<SourceProbe> => {
	const full = path.resolve(file);
	const stat = statSync(full);
	const key = `${full}|${stat.size}|${stat.mtimeMs}`;
	const known = memo.get(key);
	if (known) return known;
	const probing = probe(full);
	memo.set(key, probing);
	return probing;
};

const unreadable = (file: string, error: unknown): SourceProbe => {
	const stderr = String((error as {stderr?: string}).stderr ?? (error as Error).message).trim();
	const reason = (stderr.split('\n').at(-1) ?? '').replace(`${file}: `, '');
	return {file, formatName: 'unknown', durationSeconds: 0, damage: reason || 'unreadable', video: null, audio: null};
};

const probe = async (file: string): Promise<SourceProbe> => {
	const read = await callFfprobe(['-print_format', 'json', '-show_format', '-show_streams', file]).catch(
		(error: unknown) => error,
	);
	if (read instanceof Error) return unreadable(file, read);
	const {stdout} = read as {stdout: string};
	const output = JSON.parse(stdout) as {streams?: Stream[]; format?: Record<string, unknown>};
	const streams = output.streams ?? [];
	const v = streams.find(
		(s) => s.codec_type === 'video' && (s.disposition as {attached_pic?: number})?.attached_pic !== 1,
	);
	const a = streams.find((s) => s.codec_type === 'audio');
	// Every packet, read through the parsers: a cut or damaged file says so on stderr.
	const packets = await callFfprobe([
		'-select_streams',
		v ? 'v:0' : 'a:0',
		'-show_entries',
		'packet=pts_time',
		'-of',
		'csv=p=0',
		file,
	]).catch((error: unknown) => ({
		stdout: '',
		stderr: String((error as {stderr?: string}).stderr ?? error).trim() || 'unreadable',
	}));
	const times = packets.stdout
		.split('\n')
		.map((line) => line.trim().replace(/,$/, ''))
		.filter((line) => line !== '')
		.map(Number)
		.filter(Number.isFinite);
	const damage = packets.stderr === '' ? null : (packets.stderr.split('\n').at(-1) ?? '').replace(/^\[[^\]]*\]\s*/, '');
	const rotation = v ? getRotation(v) : 0;
	const width = num(v?.width) ?? 0;
	const height = num(v?.height) ?? 0;
	const turned = rotation === 90 || rotation === 270;
	const intervals = v ? getFrameIntervals(times) : {fps: null, variable: false};
	const pixelFormat = String(v?.pix_fmt ?? '');
	return {
		file,
		formatName: String(output.format?.format_name ?? 'unknown'),
		durationSeconds: num(output.format?.duration) ?? 0,
		damage,
		video: v
			? {
					codec: String(v.codec_name),
					width,
					height,
					rotation,
					displayWidth: turned ? height : width,
					displayHeight: turned ? width : height,
					fps: intervals.fps ?? parseRate(v.avg_frame_rate ?? v.r_frame_rate),
					variableFrameRate: intervals.variable,
					pixelFormat,
					bitDepth: Number(/p(\d+)(?:le|be)$/.exec(pixelFormat)?.[1] ?? 8),
					transfer: TRANSFERS[String(v.color_transfer)] ?? 'sdr',
					primaries: typeof v.color_primaries === 'string' ? v.color_primaries : null,
					matrix: typeof v.color_space === 'string' && v.color_space !== 'unknown' ? v.color_space : null,
					dolbyVision: (v.side_data_list ?? []).some((d) => /dovi|dolby/i.test(String(d.side_data_type))),
				}
			: null,
		audio: a
			? {codec: String(a.codec_name), channels: num(a.channels) ?? 0, sampleRate: num(a.sample_rate) ?? 0}
			: null,
	};
};
