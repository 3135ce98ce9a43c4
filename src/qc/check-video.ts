import {type DeliverySpec} from '../specs/delivery-specs';
import {FRAME} from '../specs/frame';
import type {MediaProbe} from '../media/media-probe';
import type {QcCheck} from './qc-check';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const check = (rule: string, passed: boolean, measured: string, limit: string): QcCheck => ({
	rule,
	passed,
	measured,
	limit,
});

/** Every delivery rule of a slot (src/specs/) that a probe can decide. Pure. */
/**
 * How much longer than its pictures a good file's sound may run: the sound is whole AAC
 * frames, and the loudness pass ends it up to ~0.13 s after the last picture on the sample.
 */
const VIDEO_END_TOLERANCE_SECONDS = 0.25;

export const checkVideo = (probe: MediaProbe, spec: DeliverySpec, {scale = 1}: {scale?: number} = {}): QcCheck[] => {
	// A preview render (--scale < 1) is checked against the scaled frame; its bitrate is not judged.
	const width = Math.round(FRAME.width * scale);
	const height = Math.round(FRAME.height * scale);
	const checks: QcCheck[] = [];
	const {video, audio} = probe;
	checks.push(check('container', probe.formatName.includes('mp4'), probe.formatName, 'MP4'));
	checks.push(
		check(
			'faststart',
			probe.moovBeforeMdat,
			probe.moovBeforeMdat ? 'moov before mdat' : 'moov after mdat',
			'moov before mdat',
		),
	);
	if (!video) {
		checks.push(check('video stream', false, 'none', 'one H.264 stream'));
	} else {
		checks.push(
			check(
				'frame size',
				video.width === width && video.height === height,
				`${video.width}×${video.height}`,
				`${width}×${height}`,
			),
		);
		checks.push(
			check(
				'frame rate',
				Math.abs(video.fps - FRAME.fps) < 0.01,
				`${Number(video.fps.toFixed(3))} fps`,
				`${FRAME.fps} fps`,
			),
		);
		checks.push(check('video codec', video.codec === 'h264', video.codec, 'h264'));
		// Pictures all the way to the end: a video stream cut short plays a frozen frame.
		const pictures = video.durationSeconds ?? probe.durationSeconds;
		checks.push(
			check(
				'pictures to the end',
				pictures >= probe.durationSeconds - VIDEO_END_TOLERANCE_SECONDS,
				`${pictures.toFixed(2)} s of pictures in ${probe.durationSeconds.toFixed(2)} s`,
				`pictures for the whole ${probe.durationSeconds.toFixed(2)} s`,
			),
		);
		checks.push(check('pixel format', video.pixelFormat === 'yuv420p', video.pixelFormat, 'yuv420p'));
		const tags = [video.colorSpace, video.colorTransfer, video.colorPrimaries];
		checks.push(
			check(
				'colour tags',
				tags.every((t) => t === 'bt709') && video.colorRange === 'tv',
				`${tags.map((t) => t ?? 'untagged').join('/')}, ${video.colorRange ?? 'untagged'} range`,
				'bt709/bt709/bt709, tv range',
			),
		);
		if (spec.minVideoKbps !== null && scale === 1) {
			const kbps = video.bitrateKbps ?? 0;
			checks.push(
				check('video bitrate', kbps >= spec.minVideoKbps, `${Math.round(kbps)} kbps`, `≥ ${spec.minVideoKbps} kbps`),
			);
		}
	}
	const {minDurationSeconds: min, maxDurationSeconds: max} = spec;
	// A frame's worth of tolerance: containers round the last frame's duration.
	const tolerance = 1 / FRAME.fps;
	checks.push(
		check(
			'duration',
			probe.durationSeconds >= min - tolerance && probe.durationSeconds <= max + tolerance,
			`${probe.durationSeconds.toFixed(2)} s`,
			`${min}–${max} s`,
		),
	);
	checks.push(
		check('file size', probe.sizeBytes <= spec.maxFileBytes, mb(probe.sizeBytes), `≤ ${mb(spec.maxFileBytes)}`),
	);
	if (spec.audio === 'none') {
		checks.push(
			check('no audio', audio === null, audio ? `${audio.codec} stream` : 'none', 'no audio stream (plays muted)'),
		);
	} else if (!audio) {
		checks.push(check('audio stream', false, 'none', 'AAC-LC 48 kHz stereo'));
	} else {
		// ffprobe names the profile "LC", or gives its number (1) when built without the names.
		const aac = audio.codec === 'aac' && (audio.profile === null || audio.profile === 'LC' || audio.profile === '1');
		const profile = audio.profile === '1' ? 'LC' : audio.profile;
		checks.push(check('audio codec', aac, `${audio.codec}${profile ? ` ${profile}` : ''}`, 'AAC-LC'));
		checks.push(check('audio sample rate', audio.sampleRate === 48000, `${audio.sampleRate} Hz`, '48000 Hz'));
		checks.push(check('audio channels', audio.channels === 2, `${audio.channels}`, '2 (stereo)'));
	}
	return checks;
};
