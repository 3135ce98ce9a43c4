/** A cut of the source, in milliseconds of the source. */
export type SegmentMs = {startMs: number; endMs: number};

/** A cut placed on the output timeline, in frames. */
export type SegmentFrames = {
	/** First frame of the segment on the output timeline. */
	fromFrame: number;
	durationInFrames: number;
	/** Source frames to skip (Remotion's `trimBefore`). */
	trimBefore: number;
	/** Source frame where the segment ends (Remotion's `trimAfter`). */
	trimAfter: number;
};

/**
 * Places segments back to back on the output timeline. In and out points snap to the
 * nearest source frame, so the cut and the retimed captions use the same boundaries.
 */
export const getSegmentFrames = ({segments, fps}: {segments: readonly SegmentMs[]; fps: number}): SegmentFrames[] => {
	let fromFrame = 0;
	return segments.map(({startMs, endMs}) => {
		const trimBefore = Math.round((startMs * fps) / 1000);
		const trimAfter = Math.round((endMs * fps) / 1000);
		const placed = {fromFrame, durationInFrames: trimAfter - trimBefore, trimBefore, trimAfter};
		fromFrame += placed.durationInFrames;
		return placed;
	});
};

/** The segments with their in and out points snapped to frames, in milliseconds. */
export const snapSegmentsToFrames = ({segments, fps}: {segments: readonly SegmentMs[]; fps: number}): SegmentMs[] =>
	getSegmentFrames({segments, fps}).map((s) => ({
		startMs: (s.trimBefore * 1000) / fps,
		endMs: (s.trimAfter * 1000) / fps,
	}));

export const getTotalFrames = (segments: readonly SegmentFrames[]): number =>
	segments.reduce((sum, s) => sum + s.durationInFrames, 0);
