import {describe, expect, test} from 'vitest';
import {applyFrenchTypography, cleanCueText, decodeHtmlEntities} from '../../src/captions';

const N = '\u202F'; // narrow no-break space
const S = '\u00A0'; // no-break space
// Failures print the invisible spaces as ⍽ (U+202F), ° (U+00A0) and ˑ (U+2009), so a diff shows which one is wrong.
const visible = (text: string) =>
	text
		.replace(/\u202F/g, '⍽')
		.replace(/\u00A0/g, '°')
		.replace(/\u2009/g, 'ˑ');

describe('decodeHtmlEntities', () => {
	test.each([
		{text: 'Tom &amp; Jerry', expected: 'Tom & Jerry'},
		{text: '&lt;3 &gt;', expected: '<3 >'},
		{text: 'a&nbsp;!', expected: `a${S}!`},
		{text: 'l&#39;ami &apos;x&apos; &quot;y&quot;', expected: "l'ami 'x' \"y\""},
		{text: 'l&#x2019;ami &#X2019;', expected: 'l’ami ’'},
		{text: '&AMP;', expected: '&'},
		{text: '&lrm;a&rlm; b\u200E', expected: 'a b'},
		// The whole HTML5 set, as French subtitle tools write it.
		{text: 'Pr&eacute;sident&nbsp;? &Ccedil;a&nbsp;va', expected: `Président${S}? Ça${S}va`},
		{text: '&laquo;&nbsp;Les Yeux d&rsquo;Elsa&nbsp;&raquo;', expected: `«${S}Les Yeux d’Elsa${S}»`},
		{text: 'Et alors&hellip; on y va&thinsp;!', expected: 'Et alors… on y va\u2009!'},
		{
			text: '&OElig;uvre, c&oelig;ur, No&euml;l, &agrave; l&apos;&eacute;t&eacute;',
			expected: "Œuvre, cœur, Noël, à l'été",
		},
		{text: '&mdash; Oui. &ndash; Non. 10&nbsp;&euro;', expected: `— Oui. – Non. 10${S}€`},
		{text: '&#8239;!&#x202f;?', expected: `${N}!${N}?`},
		// HTML maps the old Windows-1252 numbers (&#150;) to the character they meant.
		{text: 'Oui &#150; non &#133;', expected: 'Oui – non …'},
		// Strict: a reference needs its `;`, so a bare & in dialogue stays as written.
		{
			text: 'Tom&notes, &copy2, AT&T, &amp sans point-virgule',
			expected: 'Tom&notes, &copy2, AT&T, &amp sans point-virgule',
		},
		{text: '&nope; & ; &#; &#x;', expected: '&nope; & ; &#; &#x;'},
		// As HTML does: no character for these numbers, so the replacement character.
		{text: '&#0; &#x110000; &#xD800;', expected: '\uFFFD \uFFFD \uFFFD'},
	])('$text → $expected', ({text, expected}) => {
		expect(visible(decodeHtmlEntities({text}))).toBe(visible(expected));
	});
});

describe('decoded cue text, then French typography (as a cut gets it)', () => {
	test.each([
		{line: 'Tu viens&nbsp;?', expected: `Tu viens${N}?`},
		{line: 'Deux minutes&nbsp;!', expected: `Deux minutes${N}!`},
		{line: '&laquo;&nbsp;Les Yeux d&rsquo;Elsa&nbsp;&raquo;', expected: `«${N}Les Yeux d’Elsa${N}»`},
		{line: '&laquo;Bonjour&raquo;, dit-il.', expected: `«${N}Bonjour${N}», dit-il.`},
		{line: 'Et alors&hellip;&nbsp;?', expected: `Et alors…${N}?`},
		{line: 'Attention&thinsp;!', expected: `Attention${N}!`},
		{line: 'Voil&agrave;&#8239;!', expected: `Voilà${N}!`},
		{line: 'L&#x2019;heure&nbsp;: 18:00', expected: `L’heure${S}: 18:00`},
		{line: 'C&#39;est &quot;non&quot;.', expected: `C’est «${N}non${N}».`},
		{line: '10&nbsp;000&nbsp;&euro; &agrave; 18:30&nbsp;!', expected: `10${S}000${S}€ à 18:30${N}!`},
	])('$line → $expected', ({line, expected}) => {
		const typeset = applyFrenchTypography(cleanCueText({lines: [line]}).text);
		expect(visible(typeset)).toBe(visible(expected));
	});
});
