import {describe, expect, test} from 'vitest';
import {parseSubtitles} from '../../src/captions/parse-subtitles';
import {SubtitleError} from '../../src/captions/subtitle-error';

// As @remotion/install-whisper-cpp's toCaptions writes it: a space before each word, tokens
// inside a word without one, timestampMs and confidence.
const word = (text: string, startMs: number, endMs: number) => ({
	text,
	startMs,
	endMs,
	timestampMs: startMs,
	confidence: 0.9,
});
const WHISPER = [
	word(' Alors,', 400, 800),
	word(' Inès,', 940, 1400),
	word(' c', 1520, 1600),
	word("'est", 1600, 1780),
	word(' ici', 1780, 2100),
	word(' ?', 2100, 2150),
	word(' Vill', 3000, 3300),
	word('ejuif', 3300, 3700),
	word(" s'endort.", 3700, 4500),
];

const problemsOf = (text: string): string[] => {
	try {
		parseSubtitles({file: 'ep01.json', text});
	} catch (error) {
		if (error instanceof SubtitleError) return error.message.split('\n');
		throw error;
	}
	return [];
};

describe('parseSubtitles: word-level caption JSON', () => {
	test('words are grouped into cues at sentence ends and silences, each word keeping its time', () => {
		const {cues, warnings} = parseSubtitles({file: 'ep01.json', text: JSON.stringify(WHISPER, null, 2)});
		expect(warnings).toEqual([]);
		expect(cues.map(({index, line, startMs, endMs, text}) => ({index, line, startMs, endMs, text}))).toEqual([
			{index: 1, line: 2, startMs: 400, endMs: 2150, text: "Alors, Inès, c'est ici ?"},
			{index: 2, line: 44, startMs: 3000, endMs: 4500, text: "Villejuif s'endort."},
		]);
		expect(cues[1]?.words).toEqual([
			{text: 'Vill', startMs: 3000, endMs: 3300},
			{text: 'ejuif', startMs: 3300, endMs: 3700},
			{text: "s'endort.", startMs: 3700, endMs: 4500},
		]);
	});

	test('a file that writes one word per item without the leading space reads the same', () => {
		const bare = [word('Bonjour', 0, 400), word('toi.', 450, 800)];
		expect(parseSubtitles({file: 'a.json', text: JSON.stringify(bare)}).cues[0]?.text).toBe('Bonjour toi.');
	});

	test('timestampMs and confidence may be left out', () => {
		const text = JSON.stringify([{text: ' Salut', startMs: 0, endMs: 900}]);
		expect(parseSubtitles({file: 'a.json', text}).cues).toHaveLength(1);
	});

	test('every wrong item is named by line, index and field, with its value and the fix', () => {
		const text = [
			'[',
			'  {"text": 3, "startMs": -1, "endMs": 5},',
			'  {"text": " b", "startMs": 900, "endMs": 200},',
			'  {"startMs": 1000, "endMs": 1200}',
			']',
		].join('\n');
		expect(problemsOf(text)).toEqual([
			'ep01.json:2: [0].text = 3: must be a string: the word, with the space before it (" Bonjour")',
			'ep01.json:2: [0].startMs = -1: is negative; give the start time in milliseconds from the start of the footage',
			'ep01.json:3: [1].endMs = 200: ends before it starts; make endMs at least startMs',
			'ep01.json:4: [2].text = missing: must be a string: the word, with the space before it (" Bonjour")',
		]);
	});

	test('a wrong field and captions out of order come out in the same run', () => {
		const text = '[\n{"text": " a", "startMs": 400, "endMs": 900},\n{"text": " b", "startMs": 300, "endMs": "x"}\n]';
		expect(problemsOf(text)).toEqual([
			'ep01.json:3: [1].endMs = "x": must be a number: the end time in milliseconds from the start of the footage',
			'ep01.json:3: [1].startMs = 300: starts before the caption before it ([0], at 400 ms); sort the captions by startMs',
		]);
	});

	test('a quick cue stays up until it reads at 17 chars/s, and ends 2 frames before the next', () => {
		const quick = [
			word(' Vite,', 0, 300),
			word(' vite !', 300, 600),
			word(' Oui.', 1500, 1800),
			word(' Bon.', 2000, 2300),
		];
		const {cues} = parseSubtitles({file: 'a.json', text: JSON.stringify(quick)});
		// "Vite, vite !" (12 characters) needs 706 ms; "Oui." would need 236 ms but the next cue starts at 2000.
		expect(cues.map(({startMs, endMs}) => [startMs, endMs])).toEqual([
			[0, 706],
			[1500, 1800],
			[2000, 2300],
		]);
		expect(cues[0]?.words?.[1]).toEqual({text: 'vite !', startMs: 300, endMs: 600});
	});

	test.each([
		{
			text: '{"captions": []}',
			expected:
				'ep01.json:1: (the whole file) = {"captions":[]}: must be a list of captions: [{"text", "startMs", "endMs", …}, …]',
		},
		{
			text: '[]',
			expected:
				'ep01.json:1: (the whole file) = []: holds no caption; transcribe the footage again or point at another file',
		},
		{
			text: '[{"text": " a"\n "startMs": 1}]',
			expected:
				'ep01.json:2: is not valid JSON near ""startMs": 1}]"; export the captions again as a JSON list of {"text", "startMs", "endMs"}',
		},
		{
			text: JSON.stringify([word(' b', 900, 1000), word(' a', 100, 200)], null, 1),
			expected:
				'ep01.json:9: [1].startMs = 100: starts before the caption before it ([0], at 900 ms); sort the captions by startMs',
		},
	])('$expected', ({text, expected}) => {
		expect(problemsOf(text)).toEqual([expected]);
	});
});
