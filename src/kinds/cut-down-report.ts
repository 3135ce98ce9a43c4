import type {CutDown} from '../timeline/select-cut-down';

/** A cut-down as the check explains it: the phrases kept and left out, and what else the kind kept or dropped. */
export type CutDownReport = CutDown & {
	targetSeconds: number;
	/** The slot the length is checked against: "In-Feed, 5–60 s". */
	slot: string;
	minSeconds: number;
	/** What the kind keeps whatever the length: "the title strip", "the hook card". */
	keeps: string[];
	/** Cards left out to make room, each with why. */
	dropped: string[];
	/** Why this cut-down cannot be made (it would miss its slot), or null. */
	problem: string | null;
};
