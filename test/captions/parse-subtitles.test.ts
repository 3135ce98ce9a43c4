import {describe, expect, test} from 'vitest';
import {formatCaptionProblem, parseSubtitles, SubtitleError} from '../../src/captions';
import {readFixture} from './read-fixture';

const NBSP = '\u00A0';

const catchSubtitleError = (run: () => unknown): SubtitleError => {
	try {
		run();
	} catch (error) {
		if (error instanceof SubtitleError) return error;
		throw error;
	}
	throw new Error('expected a SubtitleError, but the file was read');
};

describe('parseSubtitles: real-world files', () => {
	const bomCrlfCues = [
		{index: 1, line: 2, startMs: 400, endMs: 3674, text: "Alors, Inès, c'est ici,\nsur le banc de la place Aragon ?"},
		{index: 2, line: 7, startMs: 4284, endMs: 7248, text: `Oui. Tais-toi deux minutes${NBSP}!`},
		{index: 3, line: 11, startMs: 7548, endMs: 10_176, text: "Inès & Karim, <3 'ici'"},
		{
			index: 4,
			line: 14,
			startMs: 10_736,
			endMs: 13_510,
			text: "- Les yeux ouverts ?\n- Tu copies « Les Yeux d'Elsa », là !",
		},
		{index: 5, line: 19, startMs: 14_300, endMs: 17_572, text: "Aragon, c'est le voisin."},
		{index: 7, line: 29, startMs: 21_745, endMs: 23_815, text: 'Pas mal, Karim !'},
	];

	test('SRT with BOM, CRLF, <i>/<b>/<font>/{\\an8}, entities, a missing number, blank lines and an empty cue', () => {
		const text = readFixture('bom-crlf-tags.srt');
		expect(text.startsWith('\uFEFF1\r\n')).toBe(true);
		const {cues, warnings} = parseSubtitles({file: 'ep01.srt', text});
		expect(cues).toEqual(bomCrlfCues);
		expect(warnings).toEqual([
			{
				file: 'ep01.srt',
				line: 25,
				cue: 6,
				rule: 'empty-cue',
				severity: 'warning',
				message: 'cue 6 has no text and is left out',
			},
		]);
	});

	test.each([
		{ends: 'LF', text: readFixture('bom-crlf-tags.srt').replace(/\r\n/g, '\n')},
		{ends: 'lone CR', text: readFixture('bom-crlf-tags.srt').replace(/\r\n/g, '\r')},
		{
			ends: 'mixed',
			text: readFixture('bom-crlf-tags.srt')
				.replace(/\r\n(\d)/g, '\r$1')
				.replace(/\r\n\r\n/g, '\n\n'),
		},
	])('the same file with $ends line ends reads the same, line numbers included', ({text}) => {
		expect(parseSubtitles({file: 'ep01.srt', text}).cues).toEqual(bomCrlfCues);
	});

	test('WebVTT with header text, NOTE, STYLE, REGION, cue ids, settings, no-hours times, <v>, <c> and inline timestamps', () => {
		const {cues, warnings} = parseSubtitles({file: 'ep01.vtt', text: readFixture('header-notes-styles.vtt')});
		expect(cues).toEqual([
			{index: 1, line: 18, startMs: 400, endMs: 3674, text: "Alors, c'est ici, sur le banc ?"},
			{index: 2, line: 21, startMs: 4284, endMs: 7248, text: 'Oui. Tais-toi deux minutes.'},
			{
				index: 3,
				line: 27,
				startMs: 7548,
				endMs: 10_176,
				text: 'Les yeux ouverts',
				// The inline timestamps time each word.
				words: [
					{text: 'Les', startMs: 7548, endMs: 8200},
					{text: 'yeux', startMs: 8200, endMs: 9000},
					{text: 'ouverts', startMs: 9000, endMs: 10_176},
				],
			},
			{index: 4, line: 31, startMs: 10_736, endMs: 13_510, text: `Tu copies Aragon${NBSP}?\nC'est le voisin !`},
		]);
		expect(warnings).toEqual([]);
	});

	test('unordered cues are sorted by start, keep their file number, and overlaps are kept with a warning', () => {
		const {cues, warnings} = parseSubtitles({file: 'ep02.srt', text: readFixture('unordered-overlapping.srt')});
		expect(cues.map(({index, startMs, endMs}) => ({index, startMs, endMs}))).toEqual([
			{index: 2, startMs: 1000, endMs: 3000},
			{index: 1, startMs: 5000, endMs: 7000},
			{index: 3, startMs: 6500, endMs: 9000},
		]);
		expect(warnings.map(({line, cue, rule, measured}) => ({line, cue, rule, measured}))).toEqual([
			{line: 6, cue: 2, rule: 'out-of-order', measured: undefined},
			{line: 10, cue: 3, rule: 'overlap', measured: '500 ms overlap'},
		]);
		expect(warnings[1]?.message).toBe(
			'cue 3 starts 500 ms before cue 1 ends; both are kept and cue 3 waits for cue 1 to end — start it later or end cue 1 sooner',
		);
	});

	test('a file with two bad timing lines throws one SubtitleError naming both lines', () => {
		const error = catchSubtitleError(() => parseSubtitles({file: 'ep03.srt', text: readFixture('broken-timings.srt')}));
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('SubtitleError');
		expect(error.problems.map(({line, cue, rule}) => ({line, cue, rule}))).toEqual([
			{line: 6, cue: 2, rule: 'bad-timing'},
			{line: 14, cue: 4, rule: 'bad-timing'},
		]);
		expect(error.message).toMatchInlineSnapshot(`
			"ep03.srt:6: cue 2: timing line "00:00:04,000 -> 00:00:06,000" has no "-->" arrow; write it as 00:01:02,500 --> 00:01:04,000
			ep03.srt:14: cue 4: timing line "00:00:09,000 --> 00:00:1O,000": cannot read the end time "00:00:1O,000"; write it as 00:01:02,500 --> 00:01:04,000"
		`);
	});
});

describe('parseSubtitles: quirks', () => {
	test.each([
		{
			quirk: 'no trailing newline',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\nSalut',
			expected: [[1000, 2000, 'Salut']],
		},
		{
			quirk: 'timestamps without hours, and comma/dot decimals mixed',
			file: 'a.srt',
			text: '1\n01:02,500 --> 01:04.000\nSalut\n\n2\n00:01:05.100 --> 00:01:06,200\nÇa va',
			expected: [
				[62_500, 64_000, 'Salut'],
				[65_100, 66_200, 'Ça va'],
			],
		},
		{
			quirk: 'one- and two-digit fractions are fractions',
			file: 'a.srt',
			text: '1\n00:00:01,5 --> 00:00:02,25\nSalut',
			expected: [[1500, 2250, 'Salut']],
		},
		{
			quirk: 'SRT cues missing their number line',
			file: 'a.srt',
			text: '00:00:01,000 --> 00:00:02,000\nUn\n\n00:00:03,000 --> 00:00:04,000\nDeux\n',
			expected: [
				[1000, 2000, 'Un'],
				[3000, 4000, 'Deux'],
			],
		},
		{
			quirk: 'blank lines between number and timing, after the timing, and inside the text',
			file: 'a.srt',
			text: '\n\n1\n\n00:00:01,000 --> 00:00:02,000\n\nUn\n\n\net demi\n\n2\n00:00:03,000 --> 00:00:04,000\nDeux\n\n\n',
			expected: [
				[1000, 2000, 'Un\net demi'],
				[3000, 4000, 'Deux'],
			],
		},
		{
			quirk: 'a cue whose whole text is a number stays text',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\n42\n\n2\n00:00:03,000 --> 00:00:04,000\nQuarante-deux !',
			expected: [
				[1000, 2000, '42'],
				[3000, 4000, 'Quarante-deux !'],
			],
		},
		{
			quirk: 'dialogue that mentions times is text, not a timing line',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:03,000\n18:30 - 19:00 au stade',
			expected: [[1000, 3000, '18:30 - 19:00 au stade']],
		},
		{
			quirk: 'SRT coordinates after the end time are ignored',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000  X1:100 X2:600 Y1:50 Y2:80\nSalut',
			expected: [[1000, 2000, 'Salut']],
		},
		{
			quirk: 'WebVTT detected by its header whatever the file name',
			file: 'episode.txt',
			text: 'WEBVTT\n\nNOTE not a cue\n\n00:01.000 --> 00:02.000\nSalut',
			expected: [[1000, 2000, 'Salut']],
		},
		{
			quirk: 'WebVTT header with a BOM and CRLF, cue right after the header',
			file: 'a.vtt',
			text: '\uFEFFWEBVTT\r\n00:01.000 --> 00:02.000\r\nSalut\r\n',
			expected: [[1000, 2000, 'Salut']],
		},
		{
			quirk: 'WebVTT cue ids that look like text or numbers are not shown',
			file: 'a.vtt',
			text: 'WEBVTT\n\nscène 1 — intro\n00:01.000 --> 00:02.000 align:start position:10%\nSalut\n\n2\n00:03.000 --> 00:04.000\nÇa va',
			expected: [
				[1000, 2000, 'Salut'],
				[3000, 4000, 'Ça va'],
			],
		},
		{
			quirk: 'tags and markup never reach the screen',
			file: 'a.vtt',
			text: [
				'WEBVTT',
				'',
				'00:01.000 --> 00:02.000',
				'<u>Sou</u>ligné <font face="Arial" color=#ffffff>blanc</font> <c.yellow.bg_blue>jaune</c>',
				'<v.loud Karim Benali>Karim</v> <lang fr>parle</lang> <00:01.500>ici <B>fort</B>',
			].join('\n'),
			expected: [[1000, 2000, 'Souligné blanc jaune\nKarim parle ici fort']],
		},
		{
			quirk: 'entities are decoded; escaped tags and unknown entities stay as written; a lone < is text',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\n&lt;i&gt; &amp;&amp; &#39;a&#x2019; &copy2 &unknown; &lrm;3 < 4',
			expected: [[1000, 2000, "<i> && 'a’ &copy2 &unknown; 3 < 4"]],
		},
		{
			quirk: 'spaces and tabs inside a line collapse; lines are trimmed',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\n  Trop \t  d’espaces  \n',
			expected: [[1000, 2000, 'Trop d’espaces']],
		},
	])('$quirk', ({file, text, expected}) => {
		const {cues} = parseSubtitles({file, text});
		expect(cues.map((cue) => [cue.startMs, cue.endMs, cue.text])).toEqual(expected);
	});

	test.each([
		{
			what: 'a .vtt file without its header',
			file: 'a.vtt',
			text: 'intro\n00:01.000 --> 00:02.000\nSalut',
			expected: [{line: 1, cue: null, rule: 'missing-header'}],
		},
		{
			what: 'a zero-length cue (left out)',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:01,000\nFlash\n\n2\n00:00:02,000 --> 00:00:03,000\nSalut',
			expected: [{line: 2, cue: 1, rule: 'zero-duration'}],
		},
		{
			what: 'a cue number with no timing at the end (truncated file)',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\nSalut\n\n2\n',
			expected: [{line: 5, cue: null, rule: 'dangling-number'}],
		},
		{
			what: 'a WebVTT block that is not a cue',
			file: 'a.vtt',
			text: 'WEBVTT\n\nCopyright Cités\n\n00:01.000 --> 00:02.000\nSalut',
			expected: [{line: 3, cue: null, rule: 'ignored-text'}],
		},
		{
			what: 'control characters in a cue (left out)',
			file: 'a.srt',
			text: '1\n00:00:01,000 --> 00:00:02,000\nSal\0ut\n\n2\n00:00:03,000 --> 00:00:04,000\n\x1BOui',
			expected: [
				{line: 3, cue: 1, rule: 'control-character'},
				{line: 7, cue: 2, rule: 'control-character'},
			],
		},
	])('warns about $what and still reads the rest', ({file, text, expected}) => {
		const {cues, warnings} = parseSubtitles({file, text});
		expect(cues.map((cue) => cue.text)).toContain('Salut');
		expect(warnings.map(({line, cue, rule}) => ({line, cue, rule}))).toEqual(expected);
	});
	test('a NUL in a cue is left out, with a warning naming the file, the line and the character', () => {
		const {cues, warnings} = parseSubtitles({file: 'ep01.vtt', text: 'WEBVTT\n\n00:01.000 --> 00:02.000\nSa\0lut'});
		expect(cues.map((cue) => cue.text)).toEqual(['Salut']);
		expect(warnings.map((problem) => formatCaptionProblem({problem}))).toEqual([
			'ep01.vtt:4: cue 1: the control character U+0000 is invisible and was left out; delete it from the file',
		]);
	});

	test('a BOM before WEBVTT hides neither the header nor the format', () => {
		const {cues, warnings} = parseSubtitles({
			file: 'ep01.txt',
			text: '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nSalut',
		});
		expect(cues.map((cue) => cue.text)).toEqual(['Salut']);
		expect(warnings).toEqual([]);
	});
});

describe('parseSubtitles: what cannot be read', () => {
	test.each([
		{
			what: 'end before start',
			text: '1\n00:00:05,000 --> 00:00:03,000\nÀ l’envers',
			expected: [
				'a.srt:2: cue 1 ends before it starts ("00:00:05,000 --> 00:00:03,000"); fix the times so the end comes after the start',
			],
		},
		{
			what: 'seconds out of range',
			text: '1\n00:00:61,000 --> 00:01:02,000\nTrop',
			expected: [
				'a.srt:2: cue 1: timing line "00:00:61,000 --> 00:01:02,000": cannot read the start time "00:00:61,000"; write it as 00:01:02,500 --> 00:01:04,000',
			],
		},
		{
			what: 'colon before the milliseconds, on both sides',
			text: '1\n00:00:01:000 --> 00:00:02:000\nDeux-points',
			expected: [
				'a.srt:2: cue 1: timing line "00:00:01:000 --> 00:00:02:000": cannot read the start time "00:00:01:000" and cannot read the end time "00:00:02:000"; write it as 00:01:02,500 --> 00:01:04,000',
			],
		},
		{
			what: 'no end time',
			text: '1\n00:00:01,000 -->\nSans fin',
			expected: [
				'a.srt:2: cue 1: timing line "00:00:01,000 -->": the end time is missing; write it as 00:01:02,500 --> 00:01:04,000',
			],
		},
		{
			what: 'text before the first cue',
			text: 'Sous-titres de Cités\n1\n00:00:01,000 --> 00:00:02,000\nSalut',
			expected: [
				'a.srt:1: "Sous-titres de Cités" is not part of any cue; remove it or give it a cue number and a timing line',
			],
		},
		{
			what: 'a 100 KB line before the first cue, with a terminal escape: quoted short, the escape named',
			text: `\x1B[2J${'x'.repeat(100_000)}\n1\n00:00:01,000 --> 00:00:02,000\nSalut`,
			expected: [
				`a.srt:1: "<U+001B>[2J${'x'.repeat(56)}…" is not part of any cue; remove it or give it a cue number and a timing line`,
			],
		},
		{
			what: 'garbage (a JSON file)',
			text: '{"episodes": [1, 2, 3]}\n',
			expected: [
				'a.srt:1: no cues: no line is a timing line like 00:01:02,500 --> 00:01:04,000; is this an SRT or WebVTT file?',
			],
		},
		{
			what: 'an empty file',
			text: '\uFEFF\r\n',
			expected: ['a.srt:1: no cues: the file is empty; is this an SRT or WebVTT file?'],
		},
		{
			what: 'only empty cues',
			text: '1\n00:00:01,000 --> 00:00:02,000\n<i> </i>\n\n2\n00:00:03,000 --> 00:00:04,000\n',
			expected: ['a.srt:1: no cues: all 2 cues are empty; the file has no text to caption'],
		},
		{
			what: 'every problem at once, in file order',
			text: [
				'stray',
				'1',
				'00:00:05,000 --> 00:00:03,000',
				'Un',
				'',
				'2',
				'00:00:06,000 --> 00:00:07,000',
				'Deux va bien',
				'',
				'3',
				'00:00:08,000 => 00:00:09,000',
				'Trois',
			].join('\n'),
			expected: [
				'a.srt:1: "stray" is not part of any cue; remove it or give it a cue number and a timing line',
				'a.srt:3: cue 1 ends before it starts ("00:00:05,000 --> 00:00:03,000"); fix the times so the end comes after the start',
				'a.srt:11: cue 3: timing line "00:00:08,000 => 00:00:09,000" has no "-->" arrow; write it as 00:01:02,500 --> 00:01:04,000',
			],
		},
	])('$what', ({text, expected}) => {
		const error = catchSubtitleError(() => parseSubtitles({file: 'a.srt', text}));
		expect(error.message.split('\n')).toEqual(expected);
		expect(error.problems.every((p) => p.severity === 'error' && p.file === 'a.srt')).toBe(true);
	});
});

describe("parseSubtitles: hints are written in the file's format", () => {
	test.each([
		{
			what: 'a WebVTT timing with a colon before the milliseconds',
			file: 'a.vtt',
			text: 'WEBVTT\n\n00:01.000 --> 00:02:000\nSalut',
			expected: [
				'a.vtt:3: cue 1: timing line "00:01.000 --> 00:02:000": cannot read the end time "00:02:000"; write it as 00:01:02.500 --> 00:01:04.000',
			],
		},
		{
			what: 'a WebVTT file (known by its header) with a wrong arrow',
			file: 'ep01.txt',
			text: 'WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nSalut',
			expected: [
				'ep01.txt:3: cue 1: timing line "00:00:01.000 -> 00:00:02.000" has no "-->" arrow; write it as 00:01:02.500 --> 00:01:04.000',
			],
		},
		{
			what: 'a .vtt file with no cue',
			file: 'a.vtt',
			text: 'WEBVTT\n\nSalut',
			expected: [
				'a.vtt:1: no cues: no line is a timing line like 00:01:02.500 --> 00:01:04.000; is this an SRT or WebVTT file?',
			],
		},
		{
			what: 'an SRT timing written with WebVTT dots, still an SRT hint',
			file: 'a.srt',
			text: '1\n00:00:01.000 --> 00:00:02:000\nSalut',
			expected: [
				'a.srt:2: cue 1: timing line "00:00:01.000 --> 00:00:02:000": cannot read the end time "00:00:02:000"; write it as 00:01:02,500 --> 00:01:04,000',
			],
		},
	])('$what', ({file, text, expected}) => {
		expect(catchSubtitleError(() => parseSubtitles({file, text})).message.split('\n')).toEqual(expected);
	});
});
