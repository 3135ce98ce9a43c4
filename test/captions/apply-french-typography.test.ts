import {describe, expect, test} from 'vitest';
import {applyFrenchTypography} from '../../src/captions';

const N = '\u202F'; // narrow no-break space
const S = '\u00A0'; // no-break space

// Failures print the invisible spaces as ⍽ (U+202F) and ° (U+00A0), so a diff shows which one is wrong.
const visible = (text: string) => text.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '°');

const cases: {rule: string; input: string; expected: string}[] = [
	{rule: '? after a space', input: 'Vrai ?', expected: `Vrai${N}?`},
	{rule: '? glued to the word', input: 'Vrai?', expected: `Vrai${N}?`},
	{rule: '? after a no-break space', input: `Vrai${S}?`, expected: `Vrai${N}?`},
	{rule: '? after several spaces', input: 'Vrai   ?', expected: `Vrai${N}?`},
	{rule: '!', input: 'Bravo!', expected: `Bravo${N}!`},
	{rule: ';', input: 'Attends ; non', expected: `Attends${N}; non`},
	{rule: '?! is one mark', input: 'Quoi?!', expected: `Quoi${N}?!`},
	{rule: '?! after a space', input: 'Quoi ?!', expected: `Quoi${N}?!`},
	{rule: '!!! is one mark', input: 'Bravo !!!', expected: `Bravo${N}!!!`},
	{rule: '? and ! apart stay apart', input: 'Quoi ? !', expected: `Quoi${N}?${N}!`},
	{rule: ': after a space', input: 'Attends, à moi maintenant :', expected: `Attends, à moi maintenant${S}:`},
	{
		rule: ': glued to the word',
		input: 'La morale du jour: on ne tire pas',
		expected: `La morale du jour${S}: on ne tire pas`,
	},
	{rule: 'a time keeps its colon', input: 'Rendez-vous à 18:00 !', expected: `Rendez-vous à 18:00${N}!`},
	{rule: 'hours, minutes, seconds', input: 'À 12:30:15 pile', expected: 'À 12:30:15 pile'},
	{
		rule: 'a link keeps its : and ?',
		input: 'Va sur https://cites.fr/?ep=1 !',
		expected: `Va sur https://cites.fr/?ep=1${N}!`,
	},
	{
		rule: 'punctuation glued to a link',
		input: 'Tout est sur www.cites.fr!',
		expected: `Tout est sur www.cites.fr${N}!`,
	},
	{rule: 'a link with an apostrophe-free path', input: "C'est http://x.fr/a:b", expected: 'C’est http://x.fr/a:b'},
	{rule: '« » with spaces', input: '« Les Yeux d’Elsa »', expected: `«${N}Les Yeux d’Elsa${N}»`},
	{rule: '« » glued', input: '«Bonjour»', expected: `«${N}Bonjour${N}»`},
	{rule: '« » with no-break spaces', input: `«${S}Bonjour${S}»`, expected: `«${N}Bonjour${N}»`},
	{
		rule: '"…" pairs become « »',
		input: 'Il a dit "non" puis "oui".',
		expected: `Il a dit «${N}non${N}» puis «${N}oui${N}».`,
	},
	{rule: 'a lone " is left alone', input: 'Un " tout seul', expected: 'Un " tout seul'},
	{rule: '? inside « »', input: '« Vrai ? »', expected: `«${N}Vrai${N}?${N}»`},
	{
		rule: '« » across two lines',
		input: '« Sur ce banc,\nles mots tombent. »',
		expected: `«${N}Sur ce banc,\nles mots tombent.${N}»`,
	},
	{rule: '... is one character', input: 'Frappe du gauche...', expected: 'Frappe du gauche…'},
	{rule: '…? ', input: 'Et alors...?', expected: `Et alors…${N}?`},
	{rule: 'apostrophe', input: "Aujourd'hui j'y vais", expected: 'Aujourd’hui j’y vais'},
	{rule: 'repeated spaces collapse', input: 'Trop   de \t espaces', expected: 'Trop de espaces'},
	{
		rule: 'line edges are trimmed, line breaks kept',
		input: '  - Salut ! \n - Ça va ?  ',
		expected: `- Salut${N}!\n- Ça va${N}?`,
	},
	{rule: 'a mark opening a line gets no space', input: 'Hein\n?!', expected: 'Hein\n?!'},
	{
		rule: 'already typeset text is unchanged',
		input: `«${N}Tu viens${N}?${N}» —${S}: l’heure…`,
		expected: `«${N}Tu viens${N}?${N}» —${S}: l’heure…`,
	},
	{rule: 'nothing to do', input: 'Camus aussi était gardien de but.', expected: 'Camus aussi était gardien de but.'},
];

describe('applyFrenchTypography', () => {
	test.each(cases)('$rule: $input', ({input, expected}) => {
		expect(visible(applyFrenchTypography(input))).toBe(visible(expected));
	});

	test.each(cases)('is idempotent: $input', ({input}) => {
		const once = applyFrenchTypography(input);
		expect(visible(applyFrenchTypography(once))).toBe(visible(once));
	});

	test('never leaves a breakable space before ; ! ? : or inside « »', () => {
		const text = applyFrenchTypography('« Alors ; vrai ? » Oui ! Voilà : « fini » !? " ok "');
		expect(text).not.toMatch(/ [;!?:»]/);
		expect(text).not.toMatch(/« /);
	});
});

describe('applyFrenchTypography: long runs of spaces', () => {
	/** The fastest of three runs: the machine is shared, and one slow run says nothing about the code. */
	const bestOfThreeMs = (run: () => unknown): number =>
		Math.min(
			...[1, 2, 3].map(() => {
				const start = performance.now();
				run();
				return performance.now() - start;
			}),
		);

	test.each([
		{what: '100,000 no-break spaces, no mark', input: `a${S.repeat(100_000)}b`, expected: `a${S.repeat(100_000)}b`},
		{what: '100,000 narrow no-break spaces', input: N.repeat(100_000), expected: N.repeat(100_000)},
		{what: '100,000 no-break spaces before ?', input: `Vrai${S.repeat(100_000)}?`, expected: `Vrai${N}?`},
		{
			what: '100,000 thin spaces before »',
			input: `«${'\u2009'.repeat(100_000)}x${'\u2009'.repeat(100_000)}»`,
			expected: `«${N}x${N}»`,
		},
	])('$what: right, and in milliseconds', ({input, expected}) => {
		expect(bestOfThreeMs(() => applyFrenchTypography(input))).toBeLessThan(100);
		expect(applyFrenchTypography(input) === expected).toBe(true);
	});
});
