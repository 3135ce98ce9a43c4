import {spellFrenchNumber} from './spell-french-number';

const VOWELS = 'aeiouyàâäéèêëîïôöùûüœæ';
// After a written vowel, these start a syllable of their own (naïf, Noël, réalité, poète),
// except é and è after i, said as one (pièce, pied).
const startsSyllable = (char: string, previous: string) =>
	'ëïü'.includes(char) || ('éè'.includes(char) && previous !== 'i') || previous === 'é';
// Words in -ent whose ending is said (souvent, moment), against verbs where it is silent (ils parlent).
const SAID_ENT = new Set([
	'souvent',
	'comment',
	'content',
	'parent',
	'accent',
	'talent',
	'argent',
	'présent',
	'absent',
	'récent',
	'urgent',
	'excellent',
	'évident',
	'différent',
	'agent',
	'client',
	'patient',
	'serpent',
	'torrent',
	'prudent',
	'accident',
	'incident',
	'président',
	'adolescent',
	'innocent',
	'intelligent',
	'violent',
	'pourcent',
	'événement',
]);
// Verbs in -ment: their ending is as silent as in any verb (elles aiment).
const SILENT_MENT = new Set(['aiment', 'dorment', 'ferment', 'fument', 'sèment', 'calment', 'arment', 'riment']);
// Signs read aloud as words.
const SIGNS: Record<string, string> = {
	'%': 'pour cent',
	'€': 'euros',
	$: 'dollars',
	'&': 'et',
	'+': 'plus',
	'°': 'degrés',
};
// 2e, 3ème, 1er, 1re: the ordinal ending adds a syllable (deux → deuxième, un → premier).
const ORDINAL = /^(?:e|è|ème|eme|er|re|ère|nd|nde)$/;

// `includes('')` is true: the end of the word is no vowel.
const isVowel = (char: string) => char !== '' && VOWELS.includes(char);

/** Vowel groups of a word of letters only, lower case; q and g swallow the u after them. */
const countVowelGroups = (word: string): number => {
	let groups = 0;
	let inGroup = false;
	const chars = [...word];
	chars.forEach((char, i) => {
		const previous = chars[i - 1] ?? '';
		const next = chars[i + 1] ?? '';
		const silentU = char === 'u' && (previous === 'q' || (previous === 'g' && next !== '' && 'eiéèêy'.includes(next)));
		// y before a vowel is a consonant: payer, yeux, voyage.
		const consonantY = char === 'y' && isVowel(next);
		if (!isVowel(char) || silentU || consonantY) {
			inGroup = false;
			return;
		}
		if (!inGroup || startsSyllable(char, previous)) groups++;
		inGroup = true;
	});
	return groups;
};

/** One word of letters, elision and hyphen removed, lower case. */
const countWordPart = (word: string): number => {
	const groups = countVowelGroups(word);
	if (groups <= 1) return groups;
	// A final e, es or (in verbs) ent is not said when another vowel carries the word.
	if (/(?:[^aeiouyàâäéèêëîïôöùûüœæ]|é)es?$/.test(word)) return groups - 1;
	if (/[^aeiouyàâäéèêëîïôöùûüœæ]ent$/.test(word)) {
		const said = word.endsWith('ment') ? !SILENT_MENT.has(word) : SAID_ENT.has(word);
		return said ? groups : groups - 1;
	}
	return groups;
};

/**
 * How many syllables a French speaker says in a word as written on a caption: vowel groups,
 * a silent final e, es or verb ending ent, elisions (l’, qu’) that add none, digits and signs
 * read as words (`1998`, `20 %`). Punctuation counts for nothing; a word of letters without a
 * vowel (an initial) counts one. Pure; an estimate, good enough to share a cue's time out.
 */
export const countFrenchSyllables = (word: string): number => {
	const text = word.normalize('NFC').toLowerCase();
	let count = 0;
	let letters = false;
	// Digit runs (with their ordinal ending), runs of letters, signs; anything else is punctuation.
	for (const match of text.matchAll(/(\d+)([a-zèé]*)|\p{L}+|[%€$&+°]/gu)) {
		const [token, digits, suffix = ''] = match;
		if (digits !== undefined) {
			count += countFrenchSyllables(spellFrenchNumber(digits));
			count += ORDINAL.test(suffix) ? 1 : countFrenchSyllables(suffix);
		} else if (SIGNS[token] !== undefined) {
			count += countFrenchSyllables(SIGNS[token]);
		} else {
			letters = true;
			count += countWordPart(token);
		}
	}
	return count === 0 && letters ? 1 : count;
};
