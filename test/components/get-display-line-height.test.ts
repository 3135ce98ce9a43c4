import {expect, test} from 'vitest';
import {ACCENTED_LINE_HEIGHT, getDisplayLineHeight} from '../../src/components/get-display-line-height';

test.each([
	{lines: ['LE BANC', 'DES POÈTES'], expected: ACCENTED_LINE_HEIGHT},
	{lines: ['LE VENDREDI', '15 JANVIER', 'À 18 H'], expected: ACCENTED_LINE_HEIGHT},
	{lines: ['ÉPISODE SPÉCIAL', 'LE SQUARE'], expected: 1.04},
	{lines: ['CITÉS'], expected: 1.04},
	{lines: ['LE SQUARE', 'DES PLATANES'], expected: 1.04},
])('$lines: line height $expected', ({lines, expected}) => {
	expect(getDisplayLineHeight(lines, 1.04)).toBe(expected);
});

test('a face already set loose keeps its leading', () => {
	expect(getDisplayLineHeight(['A', 'À'], 1.3)).toBe(1.3);
});
