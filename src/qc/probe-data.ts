/** What QC needs to know about a delivered file; filled by src/render/probe-media.ts. */
export type VideoProbe = {
	width: number;
	height: number;
	fps: number;
	codec: string;
	pixelFormat: string;
	colorSpace: string | null;
	colorTransfer: string | null;
	colorPrimaries: string | null;
	colorRange: string | null;
	bitrateKbps: number | null;
};

export type AudioProbe = {
	codec: string;
	profile: string | null;
	sampleRate: number;
	channels: number;
	bitrateKbps: number | null;
};

export type MediaProbe = {
	file: string;
	sizeBytes: number;
	durationSeconds: number;
	formatName: string;
	/** True when the `moov` box comes before `mdat` (faststart). */
	moovBeforeMdat: boolean;
	video: VideoProbe | null;
	audio: AudioProbe | null;
};

export type ImageProbe = {
	file: string;
	sizeBytes: number;
	width: number;
	height: number;
	codec: string;
};

export type QcCheck = {
	rule: string;
	passed: boolean;
	/** What was measured, in words and units ("1280×720", "6.2 MB"). */
	measured: string;
	/** What the slot accepts ("1080×1920", "≤ 5 MB"). */
	limit: string;
};
