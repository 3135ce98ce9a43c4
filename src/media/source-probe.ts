/** How a source's picture is encoded for light: standard range, or one of the two HDR curves. */
export type Transfer = 'sdr' | 'hlg' | 'pq';

/** What a source file (footage, music) holds, read from its content (probe-source-media.ts). */
export type SourceProbe = {
	file: string;
	formatName: string;
	durationSeconds: number;
	/** The reader's complaint when a packet cannot be read (cut short, corrupt); null when whole. */
	damage: string | null;
	video: {
		codec: string;
		/** As stored. */
		width: number;
		height: number;
		/** Degrees the picture is turned on display (0, 90, 180, 270). */
		rotation: number;
		/** As seen, rotation applied. */
		displayWidth: number;
		displayHeight: number;
		fps: number;
		variableFrameRate: boolean;
		pixelFormat: string;
		bitDepth: number;
		transfer: Transfer;
		primaries: string | null;
		/** The YUV matrix the file is tagged with; null when untagged (read as BT.709). */
		matrix: string | null;
		dolbyVision: boolean;
	} | null;
	audio: {codec: string; channels: number; sampleRate: number} | null;
};
