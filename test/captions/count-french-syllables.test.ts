import {describe, expect, test} from 'vitest';
import {countFrenchSyllables} from '../../src/captions/count-french-syllables';
import {spellFrenchNumber} from '../../src/captions/spell-french-number';

describe('countFrenchSyllables', () => {
	test.each([
		// vowel groups
		['banc', 1],
		['Aragon', 3],
		['ouverts', 2],
		['maintenant', 3],
		['oiseau', 2],
		// a silent final e, es, and the ent of verbs
		['place', 1],
		['minutes', 2],
		['tombent', 1],
		['parlent', 1],
		['le', 1],
		['elle', 1],
		['idée', 2],
		['années', 2],
		// said -ent and -ment
		['souvent', 2],
		['moment', 2],
		['vraiment', 2],
		['aiment', 1],
		['cent', 1],
		// diaeresis, é before a vowel, i before è
		['naïf', 2],
		['Noël', 2],
		['réalité', 4],
		['poète', 2],
		['pièces', 1],
		// qu, gu, y
		['quatre', 1],
		['guitare', 2],
		['yeux', 1],
		['voyage', 2],
		['Vas-y', 2],
		['aigu', 2],
		// elisions and hyphens
		['l’école', 2],
		["c'est", 1],
		["qu'il", 1],
		['Tais-toi', 2],
		['peut-être', 2],
		// punctuation glued by typography, a speaker's dash
		['Aragon\u202F?', 3],
		['«\u202FVillejuif', 3],
		['- Oui.', 1],
		['…', 0],
		// numbers, ordinals and signs read aloud
		['15', 1],
		['25', 2],
		['1998', 7],
		['2e', 2],
		['1er', 2],
		['20\u00A0%', 3],
		['&', 1],
		// a word of letters without a vowel still takes time
		['PSG', 1],
	])('%s → %i', (word, syllables) => {
		expect(countFrenchSyllables(word)).toBe(syllables);
	});
});

describe('spellFrenchNumber', () => {
	test.each([
		['0', 'zéro'],
		['1', 'un'],
		['17', 'dix-sept'],
		['21', 'vingt et un'],
		['71', 'soixante et onze'],
		['75', 'soixante-quinze'],
		['80', 'quatre-vingts'],
		['81', 'quatre-vingt-un'],
		['99', 'quatre-vingt-dix-neuf'],
		['100', 'cent'],
		['200', 'deux cents'],
		['1000', 'mille'],
		['1998', 'mille neuf cent quatre-vingt-dix-huit'],
		['2024', 'deux mille vingt-quatre'],
		['45000', 'quarante-cinq mille'],
		['105000000', 'cent cinq millions'],
		['0612', 'zéro six un deux'],
	])('%s → %s', (digits, words) => {
		expect(spellFrenchNumber(digits)).toBe(words);
	});

	test('refuses what is not a run of digits', () => {
		expect(() => spellFrenchNumber('1,5')).toThrow('"1,5" is not a run of digits');
	});
});
