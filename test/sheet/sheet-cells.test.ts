import {describe, expect, test} from 'vitest';
import {readCastCell} from '../../src/sheet/cast-cell';
import {decodeCsvText, detectDelimiter} from '../../src/sheet/decode-csv-text';
import {readReleaseAtCell} from '../../src/sheet/release-at-cell';
import {getColumnLetter} from '../../src/sheet/sheet-table';
import {formatTimeMs, parseTimeMs, readRangeCell, readRangesCell} from '../../src/sheet/time-range-cell';

describe('time cells', () => {
	test.each([
		['0:07.884', 7884],
		['7.884', 7884],
		['7,884', 7884],
		['0:07.5', 7500],
		['1:02', 62_000],
		['1:00:00.001', 3_600_001],
	])('%s is %i ms', (text, ms) => {
		expect(parseTimeMs(text)).toEqual({ok: true, ms});
	});

	test.each([0, 1, 7884, 59_999, 60_000, 754_321])('%i ms is written and read back the same', (ms) => {
		expect(parseTimeMs(formatTimeMs(ms))).toEqual({ok: true, ms});
	});

	test('a cell of ranges reads en dashes, hyphens, ";" and line breaks; a clip may name its label corner', () => {
		expect(readRangesCell('0:00.000–0:07.467; 0:15.026 - 0:22.320\n0:30-0:32 @top-right;')).toEqual({
			ok: true,
			value: [
				{startMs: 0, endMs: 7467},
				{startMs: 15_026, endMs: 22_320},
				{startMs: 30_000, endMs: 32_000, labelPosition: 'top-right'},
			],
		});
	});

	test('every bad range of a cell is named, with the fix', () => {
		expect(readRangesCell('0:00.000–0:07.467; 0:22.320–0:15.026; 0:75–0:80; 0:01')).toEqual({
			ok: false,
			message:
				'range 2: "0:22.320–0:15.026" does not end after it starts; write the earlier time first: 0:15.026–0:22.320; ' +
				'range 3: "0:75" has 75 seconds; after a minute, write 1:00; ' +
				'range 4: "0:01" is not a range; write start–end, e.g. 0:00.000–0:07.884',
		});
		expect(readRangeCell('0:01–0:04; 0:05–0:08')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/holds 2 ranges; this column takes one/),
		});
	});
});

describe('cast, date and file cells', () => {
	test('cast is "Name (role)" separated by ";", roles keep their commas and quotes', () => {
		expect(readCastCell('Inès (17 ans, slameuse); Karim (18 ans, « le chambreur »)')).toEqual({
			ok: true,
			value: [
				{name: 'Inès', role: '17 ans, slameuse'},
				{name: 'Karim', role: '18 ans, « le chambreur »'},
			],
		});
		expect(readCastCell('Samir, Nora')).toEqual({
			ok: false,
			message: 'person 1 "Samir, Nora" is not written Name (role); e.g. Inès (17 ans, slameuse)',
		});
	});

	test.each([
		['2027-01-15T18:00:00+01:00', '2027-01-15T18:00:00+01:00'],
		['2027-01-15 18:00', '2027-01-15T18:00:00+01:00'],
		['15/01/2027 18:00', '2027-01-15T18:00:00+01:00'],
		// Summer time in Paris from 28 March 2027: the offset follows the date.
		['02/04/2027 18h30', '2027-04-02T18:30:00+02:00'],
	])('release %s in Europe/Paris is %s', (text, value) => {
		expect(readReleaseAtCell(text, 'Europe/Paris')).toEqual({ok: true, value});
	});

	test('an impossible or shapeless date says what to write', () => {
		expect(readReleaseAtCell('30/02/2027 18:00', 'Europe/Paris')).toEqual({
			ok: false,
			message: 'has day 30, but February 2027 has 28 days; check the day and month',
		});
		expect(readReleaseAtCell('vendredi 18 h', 'Europe/Paris')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^is not a date and time; write it like 2027-01-15 18:00/),
		});
	});

	test('a CSV from French Excel: Windows-1252 bytes and ";" between cells', () => {
		const bytes = Uint8Array.from([0xab, 0xa0, 0x43, 0x69, 0x74, 0xe9, 0x73, 0xa0, 0xbb, 0x3b, 0x92]);
		expect(decodeCsvText(bytes)).toEqual({text: '«\u00A0Cités\u00A0»;’', encoding: 'windows-1252'});
		expect(detectDelimiter('number;title;place.name\n1;"a, b";c')).toBe(';');
		expect(detectDelimiter('\uFEFFnumber,title\n')).toBe(',');
	});

	test.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
	])('column %i is %s', (index, letter) => expect(getColumnLetter(index)).toBe(letter));
});
