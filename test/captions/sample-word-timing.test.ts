import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {DIALOGUES} from '../../scripts/sample-assets/dialogues';
import {applyFrenchTypography} from '../../src/captions/apply-french-typography';
import {getWordTimings} from '../../src/captions/get-word-timings';
import {paginateCaptions} from '../../src/captions/paginate-captions';
import {parseSubtitles} from '../../src/captions/parse-subtitles';
import {shareTimeByWeight} from '../../src/captions/share-time-by-weight';
import type {CaptionWord, Cue} from '../../src/captions/types';

// The sample speech is espeak-ng's: `npm run sample-assets` writes, next to each SRT (cues
// timed on the synthesized audio), a WebVTT whose timestamp tags are espeak-ng's word events
// on that same audio. Read here with a regex, not the toolkit's parser, as the voice's truth.
const ASSETS = path.join(import.meta.dirname, '..', '..', 'assets');
const FPS = 30;
const campaign = JSON.parse(readFileSync(path.join(ASSETS, 'cites.campaign.json'), 'utf8')) as {
	episodes: {number: number; subtitles: string}[];
};
const spoken = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();
const toMs = (time: string) => {
	const [h = '0', m = '0', s = '0'] = time.split(':');
	return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
};

type VoiceWord = {text: string; ms: number | null};
type VoiceCue = {timing: string; text: string; words: VoiceWord[]};

/** Each cue's words and when the voice starts them; null for a word espeak-ng said within a phrase (no event of its own). */
const readVoice = (vtt: string): VoiceCue[] =>
	vtt
		.trim()
		.split('\n\n')
		.slice(1)
		.map((block) => {
			const [, timing = '', tagged = ''] = block.split('\n');
			let atMs = toMs(timing.split(' --> ')[0] ?? '');
			const words: VoiceWord[] = [];
			const plain = tagged.split(' ').map((token) => {
				const tag = /^<([\d:.]+)>(.*)$/.exec(token);
				if (tag) atMs = toMs(tag[1] ?? '');
				const text = tag ? (tag[2] ?? '') : token;
				if (spoken(text) !== '') words.push({text, ms: tag || words.length === 0 ? atMs : null});
				return text;
			});
			return {timing, text: plain.join(' '), words};
		});

const episodes = campaign.episodes.map(({number, subtitles}) => {
	const id = `ep${String(number).padStart(2, '0')}`;
	const read = (file: string) => readFileSync(path.join(ASSETS, file), 'utf8');
	return {
		id,
		number,
		subtitles,
		text: read(subtitles),
		srt: read(`subtitles/${id}.srt`),
		voice: readVoice(read(`subtitles/${id}.vtt`)),
	};
});

/** The first frame each word is highlighted on, as CaptionTrack draws it: pages, then `start ≤ now < end`. */
const highlightFrames = (cues: readonly Cue[]) =>
	paginateCaptions({cues, measureWidth: (text) => [...text].length * 28, maxLineWidthPx: 900})
		.flatMap((page) => page.lines.flat())
		.filter((word) => spoken(word.text) !== '')
		.map((word) => {
			const frame = Math.ceil((word.startMs * FPS) / 1000 - 1e-9);
			return {text: word.text, frame: (frame * 1000) / FPS < word.endMs ? frame : null};
		});

/** Frames the highlight runs ahead of the voice (negative: behind), for every word whose voice time is known. */
const measureLeads = (cues: readonly Cue[], voice: readonly VoiceCue[]) => {
	const said = voice.flatMap((cue) => cue.words);
	const shown = highlightFrames(cues);
	expect(shown.map((word) => spoken(word.text))).toEqual(said.map((word) => spoken(word.text)));
	return shown.flatMap((word, i) => {
		const ms = said[i]?.ms;
		if (ms === null || ms === undefined) return [];
		expect(word.frame, `"${word.text}" is never highlighted`).not.toBeNull();
		return [(ms * FPS) / 1000 - (word.frame ?? 0)];
	});
};

const typeset = (cues: readonly Cue[]) => cues.map((cue) => ({...cue, text: applyFrenchTypography(cue.text)}));
const summary = (leads: number[]) => ({
	maxLead: Math.max(...leads),
	meanError: leads.reduce((sum, lead) => sum + Math.abs(lead), 0) / leads.length,
});

describe('the highlight follows the voice of the sample media', () => {
	test('the word file is the generated speech: the dialogue as written, cues timed like the SRT', () => {
		for (const {number, srt, voice} of episodes) {
			expect(voice.map((cue) => cue.text)).toEqual(DIALOGUES[number]?.map(([, line]) => line));
			expect(voice.map((cue) => cue.timing)).toEqual(
				srt.match(/^.* --> .*$/gm)?.map((line) => line.replace(/,/g, '.')),
			);
		}
	});

	test.each(episodes)(
		'$subtitles: never ahead of the voice by more than 2 frames, never behind by more than 1',
		({id, subtitles, text, voice}) => {
			const {cues, warnings} = parseSubtitles({file: subtitles, text});
			expect(warnings).toEqual([]);
			const leads = measureLeads(typeset(cues), voice);
			// Words espeak-ng said inside a phrase (« Tout le monde ») have no time of their own.
			expect(leads.length, id).toBeGreaterThan(voice.flatMap((cue) => cue.words).length * 0.95);
			expect(Math.max(...leads)).toBeLessThanOrEqual(2);
			expect(Math.min(...leads)).toBeGreaterThanOrEqual(-1);
		},
	);

	test('without word times (the SRT), syllables and pauses keep the highlight closer to the voice than characters', () => {
		const characterTimings = ({cue}: {cue: Cue}): CaptionWord[] => {
			const texts = getWordTimings({cue}).map((word) => word.text);
			const spans = shareTimeByWeight({
				weights: texts.map((t) => [...t].length),
				startMs: cue.startMs,
				endMs: cue.endMs,
			});
			return texts.map((t, i) => ({text: t, startMs: spans[i]?.[0] ?? 0, endMs: spans[i]?.[1] ?? 0}));
		};
		const leads = {syllables: [] as number[], characters: [] as number[]};
		for (const {id, srt, voice} of episodes) {
			const cues = typeset(parseSubtitles({file: `${id}.srt`, text: srt}).cues);
			leads.syllables.push(...measureLeads(cues, voice));
			// The same pages with the highlight by characters, as it was: words timed up front.
			const byCharacters = cues.map((cue) => ({...cue, words: characterTimings({cue})}));
			leads.characters.push(...measureLeads(byCharacters, voice));
		}
		const syllables = summary(leads.syllables);
		const characters = summary(leads.characters);
		expect(syllables.maxLead).toBeLessThan(characters.maxLead / 2);
		expect(syllables.meanError).toBeLessThan(characters.meanError);
	});
});
