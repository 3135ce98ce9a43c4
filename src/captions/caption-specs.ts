/**
 * The caption numbers, in one place, each with its source.
 * Where a number is ours rather than a published one, it says so.
 */
export const CAPTION_SPECS = {
	/** Netflix Timed Text Style Guide: at most 2 lines per subtitle. */
	maxLines: 2,
	/** Netflix FR guide and vertical-video presets: 32 characters on a 1080-wide vertical frame. */
	maxCharsPerLine: 32,
	/** Netflix general guide: at least 5/6 s on screen. */
	minDurationMs: 833,
	/** Netflix general guide: at most 7 s on screen. */
	maxDurationMs: 7000,
	/** Netflix general guide: at least 2 frames between subtitles (2 frames at 30 fps). */
	minGapMs: 67,
	/** Netflix FR (adult), as encoded in SubtitleEdit's Netflix checker: 17 characters per second. */
	maxCharsPerSecond: 17,
	/**
	 * OURS, not a published number: above 20 chars/s most viewers cannot finish the line
	 * before it goes, so we block the render instead of warning.
	 */
	errorCharsPerSecond: 20,
	/** OURS: a retimed piece under 200 ms (6 frames) flashes by unread, so it is dropped. */
	minRetimedPieceMs: 200,
} as const;
