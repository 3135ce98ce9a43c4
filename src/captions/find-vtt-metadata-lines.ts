export type FindVttMetadataLinesInput = {lines: readonly string[]};

const BLOCK_KEYWORD = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
const isBlank = (line: string) => line.trim() === '';

/**
 * The 0-based lines of a WebVTT file that are not cues: the `WEBVTT` header with its text,
 * and NOTE, STYLE and REGION blocks. A block ends at a blank line (WebVTT spec); a block
 * holding a `-->` line is a cue whatever its first word, so it is never hidden.
 */
export const findVttMetadataLines = ({lines}: FindVttMetadataLinesInput): Set<number> => {
	const metadata = new Set<number>();
	const first = lines.findIndex((line) => !isBlank(line));
	if (first !== -1 && lines[first]?.startsWith('WEBVTT')) {
		// Header text ends at the first blank line, or right before a cue if the blank is missing.
		for (let i = first; i < lines.length && !isBlank(lines[i] ?? ''); i++) {
			if (i > first && (lines[i]?.includes('-->') || lines[i + 1]?.includes('-->'))) break;
			metadata.add(i);
		}
	}
	for (let start = 0; start < lines.length; start++) {
		const startsBlock = !isBlank(lines[start] ?? '') && (start === 0 || isBlank(lines[start - 1] ?? ''));
		if (!startsBlock || !BLOCK_KEYWORD.test(lines[start] ?? '')) continue;
		let end = start;
		while (end < lines.length && !isBlank(lines[end] ?? '')) end++;
		const block = lines.slice(start, end);
		if (block.some((line) => line.includes('-->'))) continue;
		for (let i = start; i < end; i++) metadata.add(i);
	}
	return metadata;
};
