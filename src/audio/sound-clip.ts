/**
 * One sound an asset plays: a file of the assets folder, from a frame of the asset for a
 * number of frames, read from `trimBefore` frames into the file, at a gain per frame. A
 * kind lists its sounds once (its `sounds` function); SoundTrack plays them in the browser
 * and the layered renderer mixes them without the browser (src/audio/get-sound-assets.ts).
 */
export type SoundClip = {
	src: string;
	fromFrame: number;
	durationInFrames: number;
	/** Frames of the file skipped before the clip starts. */
	trimBefore: number;
	/** Gain at a frame of the clip, 0 at its first frame. */
	volume: (frame: number) => number;
	/** Plays the file again from its start if it ends before the clip does (a music bed). */
	loop: boolean;
};
