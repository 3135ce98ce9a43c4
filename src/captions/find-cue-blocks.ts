import {findVttMetadataLines} from './find-vtt-metadata-lines';
import {parseTimingLine, type ParseTimingLineOutput} from './parse-timing-line';

export type FindCueBlocksInput = {lines: readonly string[]; isVtt: boolean};

export type CueBlock = {
	/** 0-based line of the timing line. */
	lineIndex: number;
	timing: Exclude<ParseTimingLineOutput, {kind: 'text'}>;
	/** The cue's raw text lines with their 0-based line, blank lines and WebVTT metadata left out. */
	textLines: {lineIndex: number; text: string}[];
};

export type FindCueBlocksOutput = {
	blocks: CueBlock[];
	/** 0-based lines of text before the first cue that name no cue. */
	strayLines: number[];
	/** 0-based line of a cue number after the last cue (a file cut short), or null. */
	danglingLine: number | null;
};

const isBlank = (line: string) => line.trim() === '';

/**
 * Splits a subtitle file into cues. Every timing line (even a broken one) anchors a cue, so
 * one bad cue never shifts the ones after it; a cue's text runs to the next cue's identifier.
 * Blank lines inside a cue (common in hand-edited SRT) do not end it.
 */
export const findCueBlocks = ({lines, isVtt}: FindCueBlocksInput): FindCueBlocksOutput => {
	const metadata = isVtt ? findVttMetadataLines({lines}) : new Set<number>();
	const isText = (i: number) => !metadata.has(i) && !isBlank(lines[i] ?? '');
	const anchors: Omit<CueBlock, 'textLines'>[] = [];
	lines.forEach((line, lineIndex) => {
		const timing = metadata.has(lineIndex) ? null : parseTimingLine({text: line, isVtt});
		if (timing && timing.kind !== 'text') anchors.push({lineIndex, timing});
	});

	// The line naming the cue whose timing line is `boundary`: in WebVTT, a text line right
	// before it and after a blank (spec); in SRT, the last text line before it if that is a
	// number, even with stray blank lines between. `after` is the previous timing line.
	const findIdentifier = (boundary: number, after: number): number | null => {
		let candidate = boundary - 1;
		if (isVtt) return candidate > after && isText(candidate) && !isText(candidate - 1) ? candidate : null;
		while (candidate > after && !isText(candidate)) candidate--;
		return candidate > after && /^\s*\d+\s*$/.test(lines[candidate] ?? '') ? candidate : null;
	};

	const firstAnchor = anchors[0]?.lineIndex ?? lines.length;
	const firstIdentifier = findIdentifier(firstAnchor, -1);
	const strayLines = [...Array(firstAnchor).keys()].filter((i) => isText(i) && i !== firstIdentifier);
	let danglingLine: number | null = null;
	const blocks = anchors.map((anchor, position) => {
		const next = anchors[position + 1]?.lineIndex;
		const identifier = findIdentifier(next ?? lines.length, anchor.lineIndex);
		if (next === undefined) danglingLine = identifier;
		const end = identifier ?? next ?? lines.length;
		const textLines: CueBlock['textLines'] = [];
		for (let lineIndex = anchor.lineIndex + 1; lineIndex < end; lineIndex++) {
			if (isText(lineIndex)) textLines.push({lineIndex, text: lines[lineIndex] ?? ''});
		}
		// Fields named, not spread: spreading was most of the time of a file of 25,000 cues.
		return {lineIndex: anchor.lineIndex, timing: anchor.timing, textLines};
	});
	return {blocks, strayLines, danglingLine};
};
