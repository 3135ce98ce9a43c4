import {cleanCueText} from './clean-cue-text';
import {findCueBlocks} from './find-cue-blocks';
import {getCueOrderWarnings} from './get-cue-order-warnings';
import {getTimingExample} from './get-timing-example';
import {quoteExcerpt} from './quote-excerpt';
import {readCaptionJson} from './read-caption-json';
import {readTimestampTags} from './read-timestamp-tags';
import {SubtitleError} from './subtitle-error';
import type {CaptionProblem, Cue} from './types';

export type ParseSubtitlesInput = {
	/** Name shown in problems (`ep01.srt:12: …`); its extension helps tell SRT from WebVTT. */
	file: string;
	text: string;
};

export type ParseSubtitlesOutput = {
	/** Sorted by start time; `index` keeps the order in the file. */
	cues: Cue[];
	/** What was read but looks wrong (overlaps, empty cues, …); errors throw instead. */
	warnings: CaptionProblem[];
};

type Report = Pick<CaptionProblem, 'line' | 'cue' | 'rule' | 'message'>;

/**
 * Reads an SRT or WebVTT file as real-world tools write them (BOM, CRLF or CR, tags, cue
 * settings, missing numbers, stray blank lines; timestamp tags give the words their times),
 * or a word-level caption JSON (`.json`, see readCaptionJson). What cannot be read throws one
 * SubtitleError listing every such place, so an editor fixes the file in one pass.
 */
export const parseSubtitles = ({file, text}: ParseSubtitlesInput): ParseSubtitlesOutput => {
	if (file.toLowerCase().endsWith('.json')) {
		const cues = readCaptionJson({file, text});
		return {cues, warnings: getCueOrderWarnings({file, cues})};
	}
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const hasVttHeader = /^WEBVTT(?:[ \t]|$)/.test(lines.find((line) => line.trim() !== '') ?? '');
	const isVtt = hasVttHeader || file.toLowerCase().endsWith('.vtt');
	const errors: CaptionProblem[] = [];
	const warnings: CaptionProblem[] = [];
	// Fields named, not spread: a file of 50,000 broken lines makes 50,000 problems.
	const fail = ({line, cue, rule, message}: Report) => errors.push({file, line, cue, rule, message, severity: 'error'});
	const warn = ({line, cue, rule, message}: Report) =>
		warnings.push({file, line, cue, rule, message, severity: 'warning'});

	if (isVtt && !hasVttHeader) {
		const message = 'no "WEBVTT" header on line 1; read as WebVTT because of the file name';
		warn({line: 1, cue: null, rule: 'missing-header', message});
	}
	const {blocks, strayLines, danglingLine} = findCueBlocks({lines, isVtt});
	if (blocks.length === 0) {
		const what = lines.every((line) => line.trim() === '')
			? 'the file is empty'
			: `no line is a timing line like ${getTimingExample({isVtt})}`;
		const message = `no cues: ${what}; is this an SRT or WebVTT file?`;
		throw new SubtitleError([{file, line: 1, cue: null, rule: 'no-cues', severity: 'error', message}]);
	}
	for (const i of strayLines) {
		const stray = `${quoteExcerpt({text: lines[i]?.trim() ?? ''})} is not part of any cue`;
		// WebVTT players skip such blocks (spec); in SRT it is most likely a broken cue.
		if (isVtt) warn({line: i + 1, cue: null, rule: 'ignored-text', message: `${stray}; it is ignored`});
		else
			fail({
				line: i + 1,
				cue: null,
				rule: 'stray-text',
				message: `${stray}; remove it or give it a cue number and a timing line`,
			});
	}
	if (danglingLine !== null) {
		const message = `${quoteExcerpt({text: lines[danglingLine]?.trim() ?? ''})} after the last cue looks like a cue number without a timing line; the file may be cut short`;
		warn({line: danglingLine + 1, cue: null, rule: 'dangling-number', message});
	}

	const cues: Cue[] = [];
	blocks.forEach(({lineIndex, timing, textLines}, position) => {
		const index = position + 1;
		const line = lineIndex + 1;
		const written = () => quoteExcerpt({text: lines[lineIndex]?.trim() ?? ''});
		if (timing.kind === 'bad-timing') {
			fail({line, cue: index, rule: 'bad-timing', message: `cue ${index}: ${timing.message}`});
		} else if (timing.endMs < timing.startMs) {
			const message = `cue ${index} ends before it starts (${written()}); fix the times so the end comes after the start`;
			fail({line, cue: index, rule: 'end-before-start', message});
		} else if (timing.endMs === timing.startMs) {
			const message = `cue ${index} lasts 0 ms (${written()}) and is left out; give it an end after its start`;
			warn({line, cue: index, rule: 'zero-duration', message});
		} else {
			const {text: cueText, flaws} = cleanCueText({lines: textLines.map((textLine) => textLine.text)});
			for (const {lineOffset, rule, severity, message} of flaws) {
				const report = severity === 'error' ? fail : warn;
				const at = textLines[lineOffset]?.lineIndex ?? lineIndex;
				report({line: at + 1, cue: index, rule, message: `cue ${index}: ${message}`});
			}
			const {startMs, endMs} = timing;
			const tagged = readTimestampTags({lines: textLines.map((textLine) => textLine.text), startMs, endMs});
			if (tagged.flaw) {
				const at = textLines[tagged.flaw.lineOffset]?.lineIndex ?? lineIndex;
				warn({line: at + 1, cue: index, rule: 'bad-word-time', message: `cue ${index}: ${tagged.flaw.message}`});
			}
			if (cueText === '')
				warn({line, cue: index, rule: 'empty-cue', message: `cue ${index} has no text and is left out`});
			else cues.push({index, line, startMs, endMs, text: cueText, ...(tagged.words && {words: tagged.words})});
		}
	});

	if (errors.length === 0 && cues.length === 0) {
		const message = `no cues: all ${blocks.length} cues are empty; the file has no text to caption`;
		fail({line: 1, cue: null, rule: 'no-cues', message});
	}
	if (errors.length > 0) throw new SubtitleError(errors.sort((a, b) => a.line - b.line));
	warnings.push(...getCueOrderWarnings({file, cues}));
	return {
		cues: [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index),
		warnings: warnings.sort((a, b) => a.line - b.line),
	};
};
