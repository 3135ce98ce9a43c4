import {describe, expect, test} from 'vitest';
import {parseSubtitles} from '../../src/captions/parse-subtitles';
import {readTimestampTags} from '../../src/captions/read-timestamp-tags';

const read = (text: string, startMs = 1000, endMs = 4000) =>
	readTimestampTags({lines: text.split('\n'), startMs, endMs});

describe('readTimestampTags', () => {
	test('a tag before each word: each word starts at its tag and ends where the next starts', () => {
		expect(read('Alors, <00:00:01.540>Inès, <00:00:02.120>c’est ici').words).toEqual([
			{text: 'Alors,', startMs: 1000, endMs: 1540},
			{text: 'Inès,', startMs: 1540, endMs: 2120},
			// Two words after one tag share its stretch by syllables: c’est 1, ici 2.
			{text: 'c’est', startMs: 2120, endMs: 2746.6666666666665},
			{text: 'ici', startMs: 2746.6666666666665, endMs: 4000},
		]);
	});

	test('tags inside a word (syllable karaoke), across lines and among other tags', () => {
		expect(read('<c.yellow>Vil<00:00:01.200>le<00:00:01.400>juif</c>\n<00:00:02.000><i>dort</i>').words).toEqual([
			{text: 'Vil', startMs: 1000, endMs: 1200},
			{text: 'le', startMs: 1200, endMs: 1400},
			{text: 'juif', startMs: 1400, endMs: 2000},
			{text: 'dort', startMs: 2000, endMs: 4000},
		]);
	});

	test('no tag: no word times', () => {
		expect(read('Alors, Inès')).toEqual({words: null, flaw: null});
	});

	test.each([
		{
			text: 'un <00:00:05.000>deux',
			message:
				"the word time <00:00:05.000> is after the cue's end (00:00:04.000); it is ignored: fix the times so they run in order inside the cue",
		},
		{
			text: 'un <00:00:02.000>deux <00:00:01.500>trois',
			message:
				'the word time <00:00:01.500> goes back before 00:00:02.000, the time already reached in this cue; it is ignored: fix the times so they run in order inside the cue',
		},
		{
			text: 'un <1>deux <00:00:09.000>trois',
			message:
				'the word time <1> is not a time like <00:00:01.500> (and 1 more word times of this cue); they are ignored: fix the times so they run in order inside the cue',
		},
	])('a wrong tag is left out as if not written, and said: $text', ({text, message}) => {
		const {words, flaw} = read(text);
		expect(flaw).toEqual({lineOffset: 0, message});
		expect(words?.map((word) => word.text)).toEqual(text.includes('trois') ? ['un', 'deux', 'trois'] : ['un', 'deux']);
		expect(words?.[words.length - 1]?.endMs).toBe(4000);
	});

	test('parseSubtitles warns with the file, line and cue of a wrong tag, and still reads the cue', () => {
		const text = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nun\n<00:00:05.000>deux\n';
		const {cues, warnings} = parseSubtitles({file: 'ep01.vtt', text});
		expect(cues.map((cue) => cue.text)).toEqual(['un\ndeux']);
		expect(warnings).toEqual([
			expect.objectContaining({file: 'ep01.vtt', line: 6, cue: 1, rule: 'bad-word-time', severity: 'warning'}),
		]);
	});
});
