import {MIN_TEXT_CONTRAST} from '../specs/contrast';
import type {QcCheck} from './qc-check';

export type FrameContrast = {frame: number; name: string; ratio: number};

const RULE = 'text contrast (WCAG AA)';

/**
 * Renders smaller than this are not measured: at a quarter of full size a caption's letters
 * are a few pixels thick, their edges blend into their outline, and the measure reads about
 * 1.6:1 for captions that stand at 12:1 at full size (ep01's teaser).
 */
export const MIN_CONTRAST_SCALE = 0.5;

/** The contrast rule for a render too small to measure (previews, tests): passed, and saying it was not measured. */
export const getUnmeasuredContrast = (scale: number): QcCheck => ({
	rule: RULE,
	passed: true,
	measured: `not measured at ${scale} of full size (previews): render at ${MIN_CONTRAST_SCALE} or more to measure it`,
	limit: `≥ ${MIN_TEXT_CONTRAST}:1`,
});

/**
 * The contrast rule: every text element measured on the sampled frames stands at least
 * 4.5:1 against what surrounds it (WCAG AA); the lowest is reported, with where it is.
 */
export const checkContrast = ({
	measured,
	frames,
	fps,
}: {
	measured: readonly FrameContrast[];
	/** The frames looked at, for the message when none had text. */
	frames: readonly number[];
	fps: number;
}): QcCheck => {
	const rule = RULE;
	const limit = `≥ ${MIN_TEXT_CONTRAST}:1`;
	const lowest = [...measured].sort((a, b) => a.ratio - b.ratio)[0];
	if (!lowest) return {rule, passed: true, measured: `no text on the ${frames.length} frames looked at`, limit};
	const failing = measured.filter((m) => m.ratio < MIN_TEXT_CONTRAST).length;
	const where = `${lowest.name} at ${(lowest.frame / fps).toFixed(1)} s`;
	return {
		rule,
		passed: failing === 0,
		measured: `lowest ${(Math.floor(lowest.ratio * 10) / 10).toFixed(1)}:1 (${where}${failing > 1 ? `; ${failing} elements under` : ''}), ${measured.length} elements on ${frames.length} frame${frames.length === 1 ? '' : 's'}`,
		limit,
	};
};
