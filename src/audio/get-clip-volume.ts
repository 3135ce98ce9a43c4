export type GetClipVolumeInput = {
	/** Frame of the clip, 0 at its first frame (as Remotion passes it to a video's volume). */
	frame: number;
	durationInFrames: number;
	/** Gain of the footage's own sound. */
	volume: number;
	/** Frames of fade at each end: a cut in the middle of a waveform clicks. */
	fadeFrames: number;
};

/** Gain of a clip's sound at a frame: faded in at its start and out at its end. Pure. */
export const getClipVolume = ({frame, durationInFrames, volume, fadeFrames}: GetClipVolumeInput): number => {
	const fade = Math.max(1, fadeFrames);
	const fadeIn = (frame + 1) / fade;
	const fadeOut = (durationInFrames - frame) / fade;
	return volume * Math.min(1, Math.max(0, Math.min(fadeIn, fadeOut)));
};
