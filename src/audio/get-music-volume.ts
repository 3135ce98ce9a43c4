import type {FrameRange} from '../timeline/get-trailer-timeline';

export type GetMusicVolumeInput = {
	/** Frame of the trailer (the music bed starts at frame 0). */
	frame: number;
	/** Where dialogue plays; ranges may touch or overlap (a montage of clips). */
	clips: readonly FrameRange[];
	/** Gain of the music over the cards. */
	base: number;
	/** Gain of the music under dialogue. */
	ducked: number;
	/** Frames the music takes to go down before a clip and back up after it. */
	fadeFrames: number;
	/** Length of the trailer: the music fades in at its start and out at its end. */
	durationInFrames: number;
	/** Fade-in at frame 0, short: the first half second must not be silent (src/qc/check-levels.ts). */
	fadeInFrames?: number;
	/** Fade-out at the end, so the trailer does not stop on a cut-off chord. */
	fadeOutFrames?: number;
};

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * How far the music is ducked at a frame, 0 (not) to 1 (fully): down over `fadeFrames`
 * before a clip starts, so the first word is already clear, and back up over `fadeFrames`
 * after it ends. Overlapping ramps take the deeper duck, so a montage stays down.
 */
const getDuckAmount = ({frame, clips, fadeFrames}: Pick<GetMusicVolumeInput, 'frame' | 'clips' | 'fadeFrames'>) =>
	clips.reduce((deepest, {startFrame, endFrame}) => {
		const fade = Math.max(1, fadeFrames);
		const rampDown = (frame - (startFrame - fade)) / fade;
		const rampUp = (endFrame - 1 + fade - frame) / fade;
		return Math.max(deepest, clamp01(Math.min(rampDown, rampUp)));
	}, 0);

/**
 * Gain of the music bed at a frame: `base` over cards, `ducked` under every clip, with
 * linear ramps (no step larger than (base − ducked) / fadeFrames, so no click) and a
 * fade in and out of the whole trailer. Pure: Remotion calls it for every frame.
 */
export const getMusicVolume = ({
	frame,
	clips,
	base,
	ducked,
	fadeFrames,
	durationInFrames,
	fadeInFrames = 3,
	fadeOutFrames = 30,
}: GetMusicVolumeInput): number => {
	const duck = getDuckAmount({frame, clips, fadeFrames});
	const gain = base - (base - ducked) * duck;
	const fadeIn = clamp01((frame + 1) / Math.max(1, fadeInFrames));
	const fadeOut = clamp01((durationInFrames - 1 - frame) / Math.max(1, fadeOutFrames));
	return gain * Math.min(fadeIn, fadeOut);
};

/** A gain `db` decibels below (negative) or above 1. */
export const dbToGain = (db: number): number => 10 ** (db / 20);
