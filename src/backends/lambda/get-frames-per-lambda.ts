/** About 2 s of video at 30 fps: long enough that a Lambda's start-up (~4 s) is not most of its bill. */
export const TARGET_FRAMES_PER_LAMBDA = 60;
/** Remotion refuses more renderer functions than this for one render (MAX_FUNCTIONS_PER_RENDER). */
export const MAX_LAMBDAS_PER_RENDER = 200;
/**
 * Remotion's smallest chunk (MINIMUM_FRAMES_PER_FUNCTION in @remotion/serverless-client
 * 4.0.527 is 5, although its docs say 4), or the whole video when it is shorter.
 */
export const MIN_FRAMES_PER_LAMBDA = 5;

/**
 * How many frames each renderer Lambda takes: enough Lambdas for chunks of about
 * TARGET_FRAMES_PER_LAMBDA frames, at most MAX_LAMBDAS_PER_RENDER of them, the frames
 * spread evenly (61 frames → 2 × 31, not 60 + 1). A 4 s header is 2 Lambdas, a 30 s
 * teaser 15, and a video goes past 200 Lambdas only beyond 6 min 40 s, where the chunks grow.
 */
export const getFramesPerLambda = (durationInFrames: number): number => {
	if (!Number.isInteger(durationInFrames) || durationInFrames < 1) {
		throw new TypeError(`durationInFrames must be a whole number ≥ 1, got ${durationInFrames}`);
	}
	const lambdas = Math.min(MAX_LAMBDAS_PER_RENDER, Math.ceil(durationInFrames / TARGET_FRAMES_PER_LAMBDA));
	return Math.max(Math.ceil(durationInFrames / lambdas), Math.min(MIN_FRAMES_PER_LAMBDA, durationInFrames));
};

/** The renderer Lambdas a render of that length starts (Remotion also starts one to orchestrate them). */
export const countRendererLambdas = (durationInFrames: number): number =>
	Math.ceil(durationInFrames / getFramesPerLambda(durationInFrames));
