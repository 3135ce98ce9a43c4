import {quoteText} from '../campaign/campaign-error';
import {FRAME} from '../specs/frame';
import type {CutDownReport} from './cut-down-report';

const MAX_QUOTE = 40;

const quote = (text: string) => quoteText(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * A cut-down as `npm run check` prints it: its length against the target and the slot, what
 * the kind keeps and drops, then each phrase of the editor's cut and each phrase kept, in
 * source time, with why; the rest of the episode in one line.
 */
export const formatCutDownReport = (id: string, report: CutDownReport): string[] => {
	const length = (report.durationInFrames / FRAME.fps).toFixed(1);
	const cuts = report.segments.length;
	const lines = [
		`${id}: cut down to ${length} s of ${report.targetSeconds} s (${report.slot}), ${cuts} cut${cuts === 1 ? '' : 's'} of whole phrases; keeps ${report.keeps.join(' and ')}`,
		...report.dropped.map((why) => `  drops ${why}`),
	];
	for (const phrase of report.phrases) {
		if (!phrase.kept && phrase.rank === 'episode') continue;
		const where = `${seconds(phrase.startMs)}–${seconds(phrase.endMs)} s`.padEnd(13);
		lines.push(`  ${phrase.kept ? 'kept' : 'left'}  ${where} ${quote(phrase.text)}: ${phrase.why}`);
	}
	const unused = report.phrases.filter((p) => !p.kept && p.rank === 'episode').length;
	if (unused > 0) lines.push(`  ${unused} other phrase${unused === 1 ? '' : 's'} of the episode left out: no room`);
	return lines;
};
