import {expect, test} from 'vitest';
import {tieFrenchWords} from '../../src/captions/tie-french-words';

const shown = (text: string) => tieFrenchWords(text).replaceAll('\u00A0', '_');

test.each([
	[
		'Une chorégraphie sous les platanes. Le square s’arrête.',
		'Une_chorégraphie sous_les_platanes. Le_square s’arrête.',
	],
	['vendredi 22 janvier à 18 h', 'vendredi 22_janvier à_18_h'],
	['En hommage à George Sand', 'En_hommage à_George_Sand'],
	['Dernier cours', 'Dernier cours'],
])('a card line never breaks where a subtitler would not: %s', (text, expected) => {
	expect(shown(text)).toBe(expected);
});
