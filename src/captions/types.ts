/** One cue of a subtitle file, as read: what it says and when. */
export type Cue = {
	/** 1-based number of the cue in its file (order of appearance). */
	index: number;
	/** 1-based line in the file where the cue's timing line is. */
	line: number;
	startMs: number;
	endMs: number;
	/** Plain text: tags stripped, entities decoded, control characters left out, lines joined with '\n'. */
	text: string;
	/**
	 * When the file times each word (WebVTT timestamp tags, a word-level caption JSON): its words
	 * in order, on the same timeline as the cue. Their text is as the file writes it, not typeset.
	 */
	words?: CaptionWord[];
};

/** One thing wrong with a subtitle file or its cues, said so that an editor can fix it. */
export type CaptionProblem = {
	file: string;
	/** 1-based line in the subtitle file; 0 when the problem is not tied to a line (e.g. an override). */
	line: number;
	/** The cue's `index`, or null when the problem is not about one cue. */
	cue: number | null;
	/** Stable id of the rule, for filtering and tests: 'overlap', 'reading-speed', … */
	rule: string;
	/** What is wrong and what to do about it. */
	message: string;
	/** The value found, with its unit ('21.4 chars/s'). */
	measured?: string;
	/** The value allowed, with its unit ('17 chars/s'). */
	limit?: string;
	severity: 'error' | 'warning';
};

/** A cut of the source, in source milliseconds; segments play back to back. */
export type Segment = {startMs: number; endMs: number};

/** One word on screen and the time it is highlighted. */
export type CaptionWord = {text: string; startMs: number; endMs: number};

/** The words of one line of a caption page, left to right. */
export type CaptionLine = CaptionWord[];

/** What is on screen at once: at most `maxLines` lines, from `startMs` until `endMs`. */
export type CaptionPage = {startMs: number; endMs: number; lines: CaptionLine[]};
