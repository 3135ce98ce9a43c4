import type {Cue, Segment} from '../captions';

/**
 * A stretch of footage an asset burns captions into, as it plays: a teaser's cut, a
 * trailer's clip. What `npm run check` pages to show editors every caption page.
 */
export type CaptionCut = {
	/** The subtitle file the captions come from: an episode's `subtitles`. */
	subtitles: string;
	/** The completed props' cues, on the cut's own timeline and typeset. */
	cues: readonly Cue[];
	/** The cut's segments in source time, in play order. */
	segments: readonly Segment[];
	/** Where the cut starts on the asset's timeline. */
	offsetMs: number;
	fontSize: number;
	/** Which cut of the asset, for editors: "clip 2"; null when the asset has only one. */
	label: string | null;
};
