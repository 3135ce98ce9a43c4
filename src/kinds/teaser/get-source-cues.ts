import {applyCaptionOverrides, parseSubtitles, type Cue} from '../../captions';
import type {CaptionOverride} from '../../captions/caption-override-schema';

/**
 * Subtitle file text → its cues in source time, fixed by the campaign's overrides. Pure;
 * an override that does not apply is a campaign error (the check reports it first).
 */
export const getSourceCues = ({
	file,
	text,
	overrides,
}: {
	file: string;
	text: string;
	overrides: readonly CaptionOverride[];
}): Cue[] => {
	const {cues} = parseSubtitles({file, text});
	const fixed = applyCaptionOverrides({file, cues, overrides: [...overrides]});
	if (fixed.problems.some((p) => p.severity === 'error')) {
		throw new TypeError(fixed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
	}
	return fixed.cues;
};
