import {FRAME} from '../specs/frame';
import type {ImageProbe} from '../media/media-probe';
import type {QcCheck} from './qc-check';

/** The header's still cover: a 1080×1920 JPEG of at most `maxBytes`. Pure. */
export const checkCover = (probe: ImageProbe, maxBytes: number, scale = 1): QcCheck[] => [
	{rule: 'cover format', passed: probe.codec === 'mjpeg', measured: probe.codec, limit: 'JPEG'},
	{
		rule: 'cover size',
		passed: probe.width === Math.round(FRAME.width * scale) && probe.height === Math.round(FRAME.height * scale),
		measured: `${probe.width}×${probe.height}`,
		limit: `${Math.round(FRAME.width * scale)}×${Math.round(FRAME.height * scale)}`,
	},
	{
		rule: 'cover file size',
		passed: probe.sizeBytes <= maxBytes,
		measured: `${Math.round(probe.sizeBytes / 1000)} KB`,
		limit: `≤ ${Math.round(maxBytes / 1000)} KB`,
	},
];
