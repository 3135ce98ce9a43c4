import {describe, expect, test} from 'vitest';
import {getFlawFix, getSpeedFix} from '../../src/captions/get-flaw-fix';
import {resolveCaptionBreaks} from '../../src/captions/resolve-caption-breaks';
import type {CaptionBreak} from '../../src/captions/caption-break-schema';

const texts = ['Mets', 'la', 'musique,', 'je', 'reprends', 'la', 'chorégraphie', 'du', 'début.'];

/** The break a fix writes, read back as the campaign would read it. */
const breakOf = (fix: string): CaptionBreak => JSON.parse(/"breaks": \[(\{[^\]]*\})\]/.exec(fix)![1]!);

describe('getFlawFix', () => {
	test.each([
		// [rule, page, word, the place the fix forbids or asks a break: after word i]
		['orphan', [8, 9], 8, 7, 'before'],
		['orphan', [0, 1], 0, 0, 'after'],
		['forbidden-break', [3, 6], 5, 5, 'after'],
		['too-short', [6, 9], undefined, 5, 'before'],
		['too-short', [0, 3], undefined, 2, 'after'],
	] as const)('%s on words %j: the break lands where the flaw is', (rule, page, word, gap, position) => {
		const fix = getFlawFix({rule, cue: 2, texts, page, word});
		expect(fix).toContain('add {"cue": 2, "breaks": [');
		const entry = breakOf(fix);
		expect(entry.position ?? 'before').toBe(position);
		// The override it writes is valid and names the same place.
		const {forced, problems} = resolveCaptionBreaks({texts, breaks: [entry]});
		expect(problems).toEqual([]);
		expect([...forced]).toEqual([[gap, 'none']]);
	});

	test('a word said twice in the cue is named with its occurrence, without its punctuation', () => {
		const fix = getFlawFix({rule: 'forbidden-break', cue: 2, texts, page: [3, 7], word: 5});
		expect(breakOf(fix)).toEqual({word: 'la', position: 'after', occurrence: 2, break: 'none'});
		expect(getFlawFix({rule: 'orphan', cue: 2, texts, page: [8, 9], word: 8})).toContain('"word": "début"');
	});

	test('what no break can fix says what to edit', () => {
		expect(getFlawFix({rule: 'unbalanced', cue: 4, texts, page: [0, 9]})).toMatch(
			/"break": "line".*or edit the cue's text$/,
		);
		expect(getSpeedFix([1, 2, 5])).toMatch(/^shorten the text of cues 1, 2 and 5 .*or move a page break/);
		expect(getFlawFix({rule: 'reading-speed', cue: 4, texts, page: [0, 3]})).toBe(getSpeedFix([4]));
	});
});
