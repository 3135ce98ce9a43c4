import type {AssetKind} from '../specs/delivery-specs';

type VideoQuality = {crf: number; videoBitrate: null} | {crf: null; videoBitrate: string};

/**
 * Encoder settings per kind. They decide pixels and bytes, so they are part of every
 * asset's content key: change one here and the assets of that kind render again.
 * Trailers get a target bitrate rather than a CRF: TopView asks for ≥ 2,500 kbps, and a
 * CRF gives ~2 Mbps on flat title cards.
 */
export const RENDER_SETTINGS = {
	codec: 'h264',
	colorSpace: 'bt709', // yuv420p, tv range, BT.709 tags (SPECS.md)
	// 'veryfast' renders ~12 % more frames/s than the default 'medium' on 2 cores (npm run
	// bench); the CRF and bitrate targets keep the quality where the slots want it.
	x264Preset: 'veryfast',
	imageFormat: 'jpeg',
	jpegQuality: 90,
	coverJpegQuality: 85,
	quality: {
		header: {crf: 20, videoBitrate: null},
		teaser: {crf: 18, videoBitrate: null},
		trailer: {crf: null, videoBitrate: '4M'},
	} satisfies Record<AssetKind, VideoQuality>,
} as const;
