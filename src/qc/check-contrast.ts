import {MIN_TEXT_CONTRAST} from '../specs/contrast';
import type {QcCheck} from './qc-check';

export type FrameContrast = {frame: number; name: string; ratio: number};

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
	const rule = 'text contrast (WCAG AA)';
	const limit = `≥ ${MIN_TEXT_CONTRAST}:1`;
	const lowest = [...measured].sort((a, b) => a.ratio - b.ratio)[0];
	if (!lowest) return {rule, passed: true, measured: `no text on the ${frames.length} frames looked at`, limit};
	const failing = measured.filter((m) => m.ratio < MIN_TEXT_CONTRAST).length;
	const where = `${lowest.name} at ${(lowest.frame / fps).toFixed(1)} s`;
	return {
		rule,
		passed: failing === 0,
		measured: `lowest ${(Math.floor(lowest.ratio * 10) / 10).toFixed(1)}:1 (${where}${failing > 1 ? `; ${failing} elements under` : ''}), ${measured.length} elements on ${frames.length} frames`,
		limit,
	};
};
