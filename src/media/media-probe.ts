/** What a probe tells of a media file (probe-media.ts): what QC and the media checks read. */
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
	/** How long the video stream itself lasts (the file may last longer: its sound). */
	durationSeconds: number | null;
};

export type AudioProbe = {
	codec: string;
	profile: string | null;
	sampleRate: number;
	channels: number;
	bitrateKbps: number | null;
	/** How long the audio stream lasts, encoder priming included when the file does not say it. */
	durationSeconds: number | null;
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

/** The first half second of a file: its mean luma and its sound level. */
export type StartMeasure = {meanLuma: number; audioRmsDbfs: number | null};
