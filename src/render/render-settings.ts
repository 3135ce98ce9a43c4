import type {AssetKind} from '../specs/delivery-specs';

/**
 * Encoder settings per kind. They decide pixels and bytes, so they are part of every
 * asset's content key: change one here and the assets of that kind render again.
 */
export const RENDER_SETTINGS = {
	codec: 'h264',
	colorSpace: 'bt709', // yuv420p, tv range, BT.709 tags (SPECS.md)
	imageFormat: 'jpeg',
	jpegQuality: 90,
	coverJpegQuality: 85,
	crf: {header: 20, teaser: 18, trailer: 18} satisfies Record<AssetKind, number>,
} as const;
