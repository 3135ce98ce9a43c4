import {describe, expect, test} from 'vitest';
import {applyFrenchTypography, type Cue, getCaptionChangePoints, paginateCaptions} from '../../src/captions';
import {countPointsUpTo} from '../../src/timeline/frame-layers';
import {readCampaign} from '../../src/campaign/read-campaign';
import {KINDS} from '../../src/kinds/registry';
import {completeTeaserProps, listTeaserTextFiles} from '../../src/kinds/teaser/complete-teaser-props';
import {SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';
import {readFileSync} from 'node:fs';
import path from 'node:path';

/** What CaptionTrack shows at `nowMs`: the page's words, and which is highlighted. */
const shownAt = (pages: ReturnType<typeof paginateCaptions>, nowMs: number) => {
	const page = pages.find((p) => nowMs >= p.startMs && nowMs < p.endMs);
	if (!page) return 'nothing';
	return page.lines
		.map((line) => line.map((w) => (nowMs >= w.startMs && nowMs < w.endMs ? `[${w.text}]` : w.text)).join(' '))
		.join(' / ');
};

const {campaign} = readCampaign(SAMPLE_CAMPAIGN);
if (!campaign) throw new Error('the sample campaign does not read');
const sampleCues = (episode: number): Cue[] => {
	const props = KINDS.teaser.getProps(campaign, campaign.episodes[episode - 1]!);
	const texts = new Map(
		listTeaserTextFiles(props).map((file) => [file, readFileSync(path.join(SAMPLE_ASSETS, file), 'utf8')]),
	);
	return completeTeaserProps(props, texts).captions ?? [];
};

describe('getCaptionChangePoints: captions look the same between two points, however the words wrap', () => {
	test.each([
		{episode: 1, pxPerChar: 24, maxLineWidthPx: 900},
		{episode: 3, pxPerChar: 30, maxLineWidthPx: 600},
		{episode: 7, pxPerChar: 18, maxLineWidthPx: 400},
	])(
		'episode $episode, $pxPerChar px per character, lines of $maxLineWidthPx px',
		({episode, pxPerChar, maxLineWidthPx}) => {
			const cues = sampleCues(episode);
			const points = getCaptionChangePoints(cues);
			expect(points).not.toBeNull();
			const pages = paginateCaptions({cues, maxLineWidthPx, measureWidth: (text) => [...text].length * pxPerChar});
			// Every frame at 30 fps: a change of what is shown must come with a change of point count.
			let previous: {shown: string; key: number} | null = null;
			let changes = 0;
			for (let frame = 0; frame < 60 * 30; frame++) {
				const nowMs = (frame * 1000) / 30;
				const now = {shown: shownAt(pages, nowMs), key: countPointsUpTo(points!, nowMs)};
				if (previous && now.shown !== previous.shown) {
					changes++;
					expect(now.key, `frame ${frame}: "${previous.shown}" → "${now.shown}"`).not.toBe(previous.key);
				}
				previous = now;
			}
			expect(changes).toBeGreaterThan(10);
		},
	);

	test('overlapping cues are not covered: null, and the caller captures every frame', () => {
		const cue = (index: number, startMs: number, endMs: number, text: string): Cue => ({
			index,
			line: index,
			startMs,
			endMs,
			text: applyFrenchTypography(text),
		});
		expect(getCaptionChangePoints([cue(1, 0, 2000, 'Un deux trois'), cue(2, 1500, 3000, 'quatre cinq')])).toBeNull();
		// Words share a cue's time by syllables: "Un" ends at half of it.
		const points = getCaptionChangePoints([cue(1, 0, 1000, 'Un deux'), cue(2, 1000, 3000, 'trois')]);
		expect(points?.map(Math.round)).toEqual([-67, 0, 433, 500, 933, 1000, 3000]);
	});
});
