import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readCampaign} from '../../src/campaign/read-campaign';
import {formatCutDownReport} from '../../src/kinds/format-cut-down-report';
import {KINDS} from '../../src/kinds/registry';
import {getCutCaptions} from '../../src/kinds/teaser/get-cut-captions';
import {getSourceCues} from '../../src/kinds/teaser/get-source-cues';
import {cutDownTeaser} from '../../src/kinds/teaser/cut-down-teaser';
import {FRAME} from '../../src/specs/frame';
import type {ClipScene, TrailerProps} from '../../src/kinds/trailer/schema';
import {getSpeechPhrases} from '../../src/timeline/get-speech-phrases';
import {SAMPLE_ASSETS, SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';

const {campaign} = readCampaign(SAMPLE_CAMPAIGN);
if (!campaign) throw new Error('the sample campaign does not read');

const episodeOf = (n: number) => campaign.episodes.find((e) => e.number === n)!;
const cuesOf = (n: number) => {
	const episode = episodeOf(n);
	const text = readFileSync(path.join(SAMPLE_ASSETS, episode.subtitles), 'utf8');
	return {text, cues: getSourceCues({file: episode.subtitles, text, overrides: episode.captions.overrides})};
};
const textsOf = (n: number) => new Map([[episodeOf(n).subtitles, cuesOf(n).text]]);

/** A cut point inside a cue would cut a word (and a caption page) in two. */
const cutsInsideCues = (n: number, segments: readonly {startMs: number; endMs: number}[]) =>
	cuesOf(n).cues.filter((cue) =>
		segments.some((s) => [s.startMs, s.endMs].some((at) => at > cue.startMs && at < cue.endMs)),
	);

describe('speech phrases of the sample subtitles', () => {
	test.each(campaign.episodes.map((e) => e.number))('ep%i: every cue in one phrase, cut points in silence', (n) => {
		const {cues} = cuesOf(n);
		const phrases = getSpeechPhrases({cues});
		expect(phrases.flatMap((p) => p.cues)).toEqual(cues.map((c) => c.index));
		expect(cutsInsideCues(n, phrases)).toEqual([]);
		phrases.slice(1).forEach((p, i) => expect(p.startMs).toBeGreaterThanOrEqual(phrases[i]!.endMs));
	});
});

describe('teaser cut-downs on the sample timelines', () => {
	const cases = campaign.episodes.flatMap((e) => [9, 15].map((targetSeconds) => ({n: e.number, targetSeconds})));

	test.each(cases)('ep$n to $targetSeconds s: whole phrases, hook first, within the target and the slot', (c) => {
		const episode = episodeOf(c.n);
		const {cues} = cuesOf(c.n);
		const report = cutDownTeaser({segments: episode.teaser.segments, targetSeconds: c.targetSeconds, cues});
		expect(report.problem).toBeNull();
		expect(report.durationInFrames).toBeLessThanOrEqual(c.targetSeconds * FRAME.fps);
		expect(report.durationInFrames).toBeGreaterThanOrEqual(5 * FRAME.fps);
		// The hook (the first line of the editor's cut) opens the cut-down.
		const hook = report.phrases.find((p) => p.rank === 'hook')!;
		expect(hook.kept).toBe(true);
		expect(report.segments[0]!.startMs).toBe(hook.startMs);
		expect(cutsInsideCues(c.n, report.segments)).toEqual([]);
		// Never a word cut: every cue plays whole, as long as in the source, and its text is all there.
		const captions = getCutCaptions({
			file: episode.subtitles,
			text: cuesOf(c.n).text,
			overrides: episode.captions.overrides,
			segments: report.segments,
		});
		const kept = report.phrases.filter((p) => p.kept).flatMap((p) => p.cues);
		expect(captions.map((cue) => cue.index).sort((a, b) => a - b)).toEqual(kept.sort((a, b) => a - b));
		for (const cue of captions) {
			const source = cues.find((s) => s.index === cue.index)!;
			expect(Math.abs(cue.endMs - cue.startMs - (source.endMs - source.startMs))).toBeLessThan(1000 / FRAME.fps);
		}
	});

	test.each(campaign.episodes.map((e) => e.number))('ep%i to 15 s keeps every line of its teaser (all ≤ 15 s)', (n) => {
		const report = cutDownTeaser({segments: episodeOf(n).teaser.segments, targetSeconds: 15, cues: cuesOf(n).cues});
		const editors = report.phrases.filter((p) => p.rank !== 'episode');
		expect(editors.length).toBeGreaterThanOrEqual(3);
		expect(editors.filter((p) => !p.kept).map((p) => p.text)).toEqual([]);
	});

	test('a 15 s cut of a 11.4 s teaser keeps all of it and adds the densest line of the rest, in story order', () => {
		const report = cutDownTeaser({segments: episodeOf(7).teaser.segments, targetSeconds: 15, cues: cuesOf(7).cues});
		expect(report.phrases.filter((p) => p.rank !== 'episode').every((p) => p.kept)).toBe(true);
		expect(report.phrases.filter((p) => p.kept && p.rank === 'episode').map((p) => p.cues)).toEqual([[3]]);
		// Cues 1–4 are neighbours in the footage: one stretch, pauses included.
		expect(report.segments).toEqual([{startMs: 100, endMs: 14947}]);
	});

	test('npm run check explains the choice', () => {
		const report = cutDownTeaser({segments: episodeOf(7).teaser.segments, targetSeconds: 9, cues: cuesOf(7).cues});
		expect(formatCutDownReport('ep07-teaser-9s', report)).toMatchInlineSnapshot(`
			[
			  "ep07-teaser-9s: cut down to 7.3 s of 9 s (In-Feed, 5–60 s), 2 cuts of whole phrases; keeps the title strip and the end tag (release, handle)",
			  "  kept  0.1–3.7 s     "Battle sur le parvis de la médiathèque.…": hook: the first line of the teaser's cut",
			  "  left  3.7–7.5 s     "Toujours. Le thème, c'est l'égalité. Co…": left out: needs 3.8 s, 1.7 s left",
			  "  kept  11.2–14.9 s   "Ton terrain ? Simone de Beauvoir t'aura…": in the teaser's cut, 15.3 chars/s",
			  "  4 other phrases of the episode left out: no room",
			]
		`);
	});
});

describe('trailer cut-downs on the sample timelines', () => {
	test.each([3, 7])('ep%i to 15 s keeps the hook card first and the call to action last', (n) => {
		const props: TrailerProps = KINDS.trailer.getProps(campaign, episodeOf(n));
		const cut: TrailerProps = KINDS.trailer.completeProps({...props, cutDown: {targetSeconds: 15}}, textsOf(n));
		const types = cut.scenes.map((s) => s.type);
		expect(types[0]).toBe('hook');
		expect(types[types.length - 1]).toBe('cta');
		expect(types).not.toContain('title');
		expect(types.filter((t) => t === 'clip').length).toBeLessThanOrEqual(3);
		expect(KINDS.trailer.getDurationInFrames(cut)).toBe(15 * FRAME.fps);
		expect(cut.cutDown).toBeUndefined();
		const clips = cut.scenes.filter((s): s is ClipScene => s.type === 'clip');
		expect(cutsInsideCues(n, clips)).toEqual([]);
		const report = KINDS.trailer.explainCutDown!({...props, cutDown: {targetSeconds: 15}}, textsOf(n))!;
		expect(report.dropped[0]).toMatch(
			/^the title card: with it the clips would fill \d+ % of the trailer, under 40 %$/,
		);
	});
});
