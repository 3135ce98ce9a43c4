import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {CONTROL_CHARACTERS, parseSubtitles, SubtitleError, type ParseSubtitlesOutput} from '../../src/captions';

// Arbitraries that build near-valid SRT and WebVTT: real shapes, broken in the ways files
// break (wrong arrows, huge numbers, stray tags and entities, BOMs, NULs, mixed line ends),
// so that the parser's inner paths are reached, not only its "no cues" exit.
const digits = (maxLength: number) => fc.string({unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength});
const hugeNumber = fc.constantFrom('9'.repeat(400), '9007199254740993', '1'.repeat(25), '0'.repeat(300));
const timestamp = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.tuple(fc.nat(99), fc.nat(59), fc.nat(59), fc.nat(999), fc.constantFrom(',', '.'), fc.boolean())
			.map(([h, m, s, ms, mark, withHours]) => {
				const two = (n: number) => String(n).padStart(2, '0');
				return `${withHours ? `${two(h)}:` : ''}${two(m)}:${two(s)}${mark}${String(ms).padStart(3, '0')}`;
			}),
	},
	fc
		.tuple(digits(3), digits(3), digits(3), fc.constantFrom(',', '.', ':', ''), digits(5))
		.map(([h, m, s, mark, ms]) => `${h}:${m}:${s}${mark}${ms}`),
	hugeNumber.map((n) => `${n}:00:00,000`),
	fc.constantFrom('', '00:00:1O,000', '-00:00:01,000', '00:00:01'),
);
const arrow = fc.constantFrom(' --> ', '-->', ' -> ', ' => ', ' – ', ' --> --> ', '  ', ' - ');
const settings = fc.constantFrom('', ' align:start position:10%', '  X1:100 X2:600 Y1:50 Y2:80', ' line:0\0');
const timingLine = fc.tuple(timestamp, arrow, timestamp, settings).map((parts) => parts.join(''));
const textPiece = fc.oneof(
	fc.constantFrom('Salut', ' Ça va ? ', "C'est ici", '« Bonjour »', '- Oui.', '42', '18:30 - 19:00', '...'),
	fc.constantFrom('<i>', '</i>', '<b>', '<font color="#ff0">', '</font>', '<c.yellow>', '<v Inès>', '<00:00:01.000>'),
	fc.constantFrom('{\\an8}', '{\\', '{\\i1', '}', '{', '<', '>', '</'),
	fc.constantFrom('&eacute;', '&nbsp;', '&laquo;', '&amp;', '&#0;', '&#x110000;', '&#1;', '&NewLine;', '&lrm;'),
	fc.constantFrom('&', ';', '&#', '&copy2', '&#99999999999999999999;', '&#xD800;'),
	fc.constantFrom('\0', '\x1B[2J', '\x85', '\x7F', '\uFEFF', '\u2028', '\uFFFD', '\t', '\u00A0', '\uD800'),
	fc.constantFrom('WEBVTT', 'NOTE', 'STYLE', 'REGION', '-->', '1', '\r', '\n'),
	fc.string({unit: 'binary', maxLength: 8}),
);
const textLine = fc.array(textPiece, {maxLength: 5}).map((pieces) => pieces.join(''));
const cueNumber = fc.oneof(fc.nat().map(String), hugeNumber, fc.constantFrom('', '-1', ' 3 ', 'intro'));
const cue = fc
	.tuple(fc.option(cueNumber), timingLine, fc.array(textLine, {maxLength: 3}))
	.map(([number, timing, lines]) => [...(number === null ? [] : [number]), timing, ...lines].join('\n'));
const header = fc.constantFrom(
	'',
	'\uFEFF',
	'WEBVTT\n\n',
	'\uFEFFWEBVTT - Cités\n',
	'WEBVTT\n\nNOTE x\n\nSTYLE\n::cue {}\n\n',
);
const nearValidFile = fc
	.tuple(
		header,
		fc.array(fc.oneof({weight: 5, arbitrary: cue}, {weight: 1, arbitrary: textLine}), {maxLength: 6}),
		fc.constantFrom('\n\n', '\n', '\n\n\n'),
		fc.constantFrom('\n', '\r\n', '\r', null),
		fc.constantFrom('ep01.srt', 'ep01.vtt', 'ep01.txt'),
	)
	.map(([head, blocks, between, lineEnd, file]) => {
		const text = head + blocks.join(between);
		return {file, text: lineEnd === null ? text : text.replace(/\r\n|\r|\n/g, lineEnd)};
	});
const anyFile = fc.oneof(
	{weight: 8, arbitrary: nearValidFile},
	{weight: 1, arbitrary: fc.record({file: fc.constant('ep01.srt'), text: fc.string({unit: 'binary'})})},
	{weight: 1, arbitrary: fc.record({file: fc.constant('ep01.vtt'), text: fc.string({unit: 'grapheme'})})},
);

type Read = ParseSubtitlesOutput | SubtitleError;

/** What a caller gets: the cues, or the project's typed error. Anything else is thrown on. */
const read = (input: {file: string; text: string}): Read => {
	try {
		return parseSubtitles(input);
	} catch (error) {
		if (error instanceof SubtitleError) return error;
		throw error;
	}
};

const hasControl = (text: string) => (text.match(CONTROL_CHARACTERS) ?? []).length > 0;

/**
 * The first promise the result breaks, or null. One string rather than an expect per field:
 * expect is slow enough to double the run, and fast-check prints the input anyway.
 */
const findBrokenPromise = (result: Read, input: {file: string; text: string}): string | null => {
	const lineCount = input.text.split(/\r\n|\r|\n/).length;
	const problems = result instanceof SubtitleError ? result.problems : result.warnings;
	for (const problem of problems) {
		if (problem.file !== input.file) return `a problem names ${problem.file}`;
		if (!(problem.line >= 1 && problem.line <= lineCount)) return `a problem points at line ${problem.line}`;
		if (hasControl(problem.message)) return `a message holds a control character: ${JSON.stringify(problem.message)}`;
	}
	if (result instanceof SubtitleError) {
		if (problems.length === 0) return 'a SubtitleError without problems';
		return problems.every((problem) => problem.severity === 'error') ? null : 'a warning in a SubtitleError';
	}
	if (result.cues.length === 0) return 'no cues and no error';
	for (const [i, cue] of result.cues.entries()) {
		if (!Number.isSafeInteger(cue.startMs) || !Number.isSafeInteger(cue.endMs)) return `cue ${cue.index} times`;
		if (cue.endMs <= cue.startMs) return `cue ${cue.index} ends before it starts`;
		if (cue.startMs < (result.cues[i - 1]?.startMs ?? 0)) return `cue ${cue.index} is out of order`;
		if (cue.text === '') return `cue ${cue.index} is empty`;
		if (hasControl(cue.text.replace(/\n/g, ''))) return `cue ${cue.index} holds a control character`;
	}
	return null;
};

describe('parseSubtitles, whatever the text', () => {
	test('gives cues or a SubtitleError, never an untyped exception', () => {
		fc.assert(
			fc.property(anyFile, (input) => {
				expect(findBrokenPromise(read(input), input)).toBeNull();
			}),
			{numRuns: 10_000},
		);
	});

	const inflate = (text: string) => {
		const copies = Math.ceil(100_000 / Math.max(text.length, 1));
		return text.repeat(copies).slice(0, 100_000);
	};
	const hundredKilobytes = fc.oneof(
		// A whole file over and over: thousands of cues, or thousands of problems.
		nearValidFile.filter(({text}) => text.length > 0).map(({file, text}) => ({file, text: inflate(`${text}\n\n`)})),
		// One cue whose text is a piece over and over (`{\` 50,000 times, NULs, entities), and
		// tens of thousands of lines when the piece holds a line break.
		fc
			.tuple(nearValidFile, fc.array(textPiece, {minLength: 1, maxLength: 3}))
			.map(([{file}, pieces]) => ({file, text: `1\n00:00:01,000 --> 00:00:02,000\n${inflate(pieces.join(''))}`})),
	);

	/**
	 * CPU time, the best of three: the machine is shared, and time spent waiting for a core
	 * says nothing about the code. A quadratic path costs seconds, so the margin is wide.
	 */
	const bestOfThreeCpuMs = (run: () => unknown): number =>
		Math.min(
			...[1, 2, 3].map(() => {
				const start = process.cpuUsage();
				run();
				const {user, system} = process.cpuUsage(start);
				return (user + system) / 1000;
			}),
		);

	// Linear time is what these prove: the quadratic cases they caught took seconds (4.4 s, 28 s);
	// 250 ms of CPU leaves room for a busy machine.
	test('reads 100 KB in under 250 ms', () => {
		fc.assert(
			fc.property(hundredKilobytes, (input) => {
				expect(bestOfThreeCpuMs(() => read(input))).toBeLessThan(250);
			}),
			{numRuns: 30},
		);
	});

	const cueOf = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}`;
	test.each([
		{shape: 'one line of 50,000 unclosed "{\\"', text: cueOf('{\\'.repeat(50_000))},
		{shape: '33,000 lines of "{\\"', text: cueOf('{\\\n'.repeat(33_000))},
		{shape: '100,000 NULs', text: cueOf('\0'.repeat(100_000))},
		{shape: '33,000 CR-ended lines of one C1 control', text: cueOf('\x85\r'.repeat(33_000))},
		{shape: '25,000 "&#1;"', text: cueOf('&#1;'.repeat(25_000))},
		{shape: '50,000 "<a" never closed', text: cueOf('<a'.repeat(50_000))},
		{shape: '100,000 no-break spaces', text: cueOf('\u00A0'.repeat(100_000))},
		{shape: '2,800 overlapping cues', text: '1\n00:00:01,000 --> 00:00:09,000\nSalut <i>toi</i>\n\n'.repeat(2_800)},
	])('reads $shape (100 KB) in under 250 ms', ({text}) => {
		expect(bestOfThreeCpuMs(() => read({file: 'ep01.srt', text}))).toBeLessThan(250);
	});
});
