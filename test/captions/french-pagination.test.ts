import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	applyCaptionOverrides,
	applyFrenchTypography,
	type CaptionBreak,
	type CaptionPage,
	getBreakRules,
	getLineText,
	getPageFlaws,
	type PagedCue,
	paginateCaptions,
} from '../../src/captions';
import {CAPTION_LINE_WIDTH_PX} from '../../src/components/caption-pages';
import {measureTextWithFont} from '../../src/media/measure-text-with-font';
import {SAMPLE_ASSETS} from '../helpers/make-campaign-dir';

// The sample teasers' caption font and size: Inter 800 at 64 px, on lines of 762 px.
const measureWidth = measureTextWithFont({
	file: path.join(SAMPLE_ASSETS, 'fonts', 'inter-latin-800-normal.woff2'),
	fontSize: 64,
});
const NNBSP = '\u202F';

/** A cue of the sample subtitles, said slowly enough (80 ms a character) that no page is too short. */
const cue = (text: string, breaks?: CaptionBreak[]): PagedCue => {
	const typeset = applyFrenchTypography(text);
	return {index: 1, line: 1, startMs: 0, endMs: [...typeset].length * 80, text: typeset, ...(breaks ? {breaks} : {})};
};
const page = (cues: PagedCue[]) => paginateCaptions({cues, measureWidth, maxLineWidthPx: CAPTION_LINE_WIDTH_PX});
const shown = (pages: CaptionPage[]) => pages.map((p) => p.lines.map((line) => getLineText({line})));

describe('paginateCaptions: sentences of the sample subtitles, paged as a French subtitler would', () => {
	test.each([
		{
			was: '« Verne. » alone on a page, the name cut in two',
			text: 'Moi. Pari : le perdant lit un chapitre de Jules Verne.',
			pages: [['Moi. Pari\u00A0: le perdant lit'], ['un chapitre', 'de Jules Verne.']],
		},
		{
			was: '« artistes. » alone, "le square | George-Sand" cut',
			text: 'Normal, le square George-Sand aime les artistes.',
			pages: [['Normal,', 'le square George-Sand'], ['aime les artistes.']],
		},
		{
			was: '« ça ! » alone on a page',
			text: 'Pop, flip... Posé ! Dis-moi que tu as filmé ça !',
			pages: [[`Pop, flip… Posé${NNBSP}!`], ['Dis-moi', `que tu as filmé ça${NNBSP}!`]],
		},
		{
			was: '"je reprends la | chorégraphie"',
			text: 'Mets la musique, je reprends la chorégraphie du début.',
			pages: [
				['Mets la musique,', 'je reprends'],
				['la chorégraphie', 'du début.'],
			],
		},
		{
			was: '"font de | l’ombre"',
			text: "Les platanes font de l'ombre, c'est parfait pour filmer.",
			pages: [
				['Les platanes font', 'de l’ombre,'],
				['c’est parfait', 'pour filmer.'],
			],
		},
		{
			was: '"Jules | Verne" and « Nantes ? » alone',
			text: 'Tu savais que Jules Verne est né ici, à Nantes ?',
			pages: [['Tu savais', 'que Jules Verne'], [`est né ici, à Nantes${NNBSP}?`]],
		},
		{
			was: '"Simone | de Beauvoir"',
			text: "Ton terrain ? Simone de Beauvoir t'aurait fait un dessin.",
			pages: [[`Ton terrain${NNBSP}?`], ['Simone de Beauvoir', 't’aurait fait un dessin.']],
		},
		{
			was: '"Vingt mille | rebonds", "neuf | pour nous"',
			text: 'Panier ! Vingt mille rebonds, onze à neuf pour nous.',
			pages: [[`Panier${NNBSP}!`, 'Vingt mille rebonds,'], ['onze à neuf pour nous.']],
		},
		{
			was: '"voici « Le | Malade imaginaire »" (the title is longer than a line: it breaks inside, not after its article)',
			text: 'Mesdames et messieurs, voici "Le Malade imaginaire" !',
			pages: [
				['Mesdames', 'et messieurs,'],
				[`voici «${NNBSP}Le Malade`, `imaginaire${NNBSP}»${NNBSP}!`],
			],
		},
		{
			was: 'a title that fits stays whole',
			text: "C'est vrai. Elle a même écrit « La Chatte ».",
			pages: [['C’est vrai. Elle a même', `écrit «${NNBSP}La Chatte${NNBSP}».`]],
		},
		{
			was: 'a place name too long for a line breaks before the name',
			text: 'Le belvédère Marcel-Pagnol... Il est né ici, à Aubagne.',
			pages: [['Le belvédère', 'Marcel-Pagnol…'], ['Il est né ici, à Aubagne.']],
		},
		{
			was: '"Tu es rentré de | Fort-de-France ?" and « Raconte ! » alone',
			text: 'Kevin ! Tu es rentré de Fort-de-France ? Raconte !',
			pages: [
				[`Kevin${NNBSP}!`, 'Tu es rentré'],
				[`de Fort-de-France${NNBSP}?`, `Raconte${NNBSP}!`],
			],
		},
	])('$was', ({text, pages}) => {
		const paged = page([cue(text)]);
		expect(shown(paged)).toEqual(pages);
		expect(paged.flatMap((p) => p.flaws)).toEqual([]);
	});

	test('a one-word cue is one page of one word, and that is no flaw', () => {
		const paged = page([cue('Commence.')]);
		expect(shown(paged)).toEqual([['Commence.']]);
		expect(paged[0]?.flaws).toEqual([]);
	});

	test('two-line pages are balanced: no line under a third of the other', () => {
		for (const text of [
			'Alors, Inès, c’est ici, sur le banc de la place Aragon ?',
			'Le bac dans un mois, et toi, tu veux faire du vélo ?',
		]) {
			for (const p of page([cue(text)])) {
				const [top, bottom] = p.lines.map((line) => [...getLineText({line})].length);
				if (top !== undefined && bottom !== undefined)
					expect(Math.min(top, bottom) * 3).toBeGreaterThanOrEqual(Math.max(top, bottom));
			}
		}
	});

	test('a page cut from a longer cue stays at least 833 ms when the cue allows it', () => {
		// 2.4 s for 53 characters: three pages would leave one under 833 ms; two do not.
		const text = applyFrenchTypography('Des mots de qui ? Tu as ton carnet à la main.');
		const paged = page([{index: 1, line: 1, startMs: 0, endMs: 2444, text}]);
		for (const p of paged) expect(p.endMs - p.startMs).toBeGreaterThanOrEqual(833);
		expect(paged.flatMap((p) => p.flaws)).toEqual([]);
	});

	test('a pause in the speech is where the page turns, when punctuation does not say', () => {
		const text = 'on ne tire pas dans la tête avec le ballon du voisin';
		const words = text.split(' ');
		// A 600 ms pause after "tête", otherwise 250 ms a word.
		let t = 0;
		const timed = words.map((word) => {
			const startMs = t;
			t += 250 + (word === 'tête' ? 600 : 0);
			return {text: word, startMs, endMs: startMs + 250};
		});
		const paged = paginateCaptions({
			cues: [{index: 1, line: 1, startMs: 0, endMs: t, text, words: timed}],
			measureWidth,
			maxLineWidthPx: CAPTION_LINE_WIDTH_PX,
		});
		expect(shown(paged).map((lines) => lines.join(' / '))).toEqual([
			'on ne tire pas / dans la tête',
			'avec le ballon du voisin',
		]);
	});
});

describe('getBreakRules: where a French line may break', () => {
	const forbidden = (text: string) => {
		const texts = applyFrenchTypography(text).split(' ');
		return getBreakRules(texts).flatMap((rule, i) => (rule.forbidden ? [`${texts[i]} | ${texts[i + 1]}`] : []));
	};
	test.each([
		{
			what: 'articles, prepositions, determiners',
			text: 'je lis mes poèmes dans la cour avec ton frère',
			expected: ['je | lis', 'mes | poèmes', 'dans | la', 'la | cour', 'avec | ton', 'ton | frère'],
		},
		{
			what: 'first and last names, with a particle',
			text: 'Simone de Beauvoir et Jules Verne',
			expected: ['Simone | de', 'de | Beauvoir', 'Jules | Verne'],
		},
		{
			what: 'a place and its name',
			text: 'au square George-Sand ce soir',
			expected: ['au | square', 'square | George-Sand', 'ce | soir'],
		},
		{
			what: 'a number and its unit',
			text: 'il a 12 ans et part à 18 h pour 5 €',
			expected: ['il | a', '12 | ans', 'à | 18', '18 | h', 'pour | 5', '5 | €'],
		},
		{
			what: 'inside « … »',
			text: 'voici « Les Yeux » enfin',
			expected: ['voici | «\u202FLes', '«\u202FLes | Yeux\u202F»'].slice(1),
		},
		{what: 'right after a dash', text: 'il dit — enfin — oui', expected: ['il | dit', '— | enfin', '— | oui']},
		{
			what: 'after punctuation, anything goes',
			text: 'Oui. Le ballon, la tête !',
			expected: ['Le | ballon,', 'la | tête\u202F!'],
		},
	])('$what', ({text, expected}) => {
		expect(forbidden(text)).toEqual(expected);
	});
});

describe('getPageFlaws: what the check counts', () => {
	const texts = 'je reprends la chorégraphie du début'.split(' ');
	const rules = getBreakRules(texts);
	const flaws = (lines: Array<[number, number]>, forced = new Map()) =>
		getPageFlaws({texts, rules, forced, lines, durationMs: 1000, minDurationMs: 833}).map(
			(f) => `${f.rule}: ${f.message}`,
		);
	test.each([
		{
			what: 'the old page "je reprends la"',
			lines: [[0, 3]] as Array<[number, number]>,
			expected: ['forbidden-break: page break between "la" and the word it leans on'],
		},
		{
			what: 'the last word alone',
			lines: [[5, 6]] as Array<[number, number]>,
			expected: ['orphan: "début" is alone on its page'],
		},
		{
			what: 'a lone word in the middle',
			lines: [[3, 4]] as Array<[number, number]>,
			expected: ['orphan: "chorégraphie" is alone on its page'],
		},
		{
			what: 'lines out of balance',
			lines: [
				[0, 1],
				[1, 6],
			] as Array<[number, number]>,
			expected: [
				'forbidden-break: line break between "je" and the word it leans on',
				'unbalanced: lines of 2 and 33 characters (one under a third of the other)',
			],
		},
	])('$what', ({lines, expected}) => {
		expect(flaws(lines)).toEqual(expected);
	});
	test('a break the campaign forces is no flaw; one it forbids is', () => {
		expect(flaws([[0, 3]], new Map([[2, 'page']]))).toEqual([]);
		expect(flaws([[0, 2]], new Map([[1, 'none']]))).toEqual([
			'override-not-kept: a page break after "reprends", which the campaign forbids',
		]);
	});
});

describe('caption overrides: force or forbid a break at a word', () => {
	const source = [
		{index: 2, line: 5, startMs: 4059, endMs: 7167, text: 'Mets la musique, je reprends la chorégraphie du début.'},
	];
	const apply = (breaks: CaptionBreak[]) =>
		applyCaptionOverrides({file: 'ep03.srt', cues: source, overrides: [{cue: 2, breaks}]});

	const pagesOf = (breaks: CaptionBreak[]) =>
		shown(page(apply(breaks).cues.map((c) => ({...c, text: applyFrenchTypography(c.text)})))).map((p) => p.join(' / '));

	test('the pages follow them', () => {
		expect(pagesOf([])).toEqual(['Mets la musique, / je reprends', 'la chorégraphie / du début.']);
		expect(pagesOf([{word: 'je', break: 'page'}])).toEqual([
			'Mets la musique,',
			'je reprends / la chorégraphie',
			'du début.',
		]);
		// Kept even when it costs a flaw elsewhere, which the check then shows.
		const cues = apply([{word: 'reprends', position: 'after', break: 'none'}]).cues;
		const forbidden = page(cues.map((c) => ({...c, text: applyFrenchTypography(c.text)})));
		expect(shown(forbidden).map((p) => p.join(' / '))).toEqual([
			'Mets la musique,',
			'je reprends la / chorégraphie du début.',
		]);
		expect(forbidden.flatMap((p) => p.flaws.map((f) => f.message))).toEqual([
			'line break between "la" and the word it leans on',
		]);
	});

	test.each([
		{
			breaks: [{word: 'chorégraphy', break: 'page' as const}],
			expected: [
				'[0].breaks[0].word = "chorégraphy": is not a word of this cue; write one of: mets, la, musique, je, reprends, chorégraphie, du, début',
			],
		},
		{
			breaks: [{word: 'la', occurrence: 3, break: 'line' as const}],
			expected: [
				'[0].breaks[0].occurrence = 3: is more than the times "la" is in this cue (2); give a number from 1 to 2',
			],
		},
		{
			breaks: [{word: 'Mets', break: 'page' as const}],
			expected: [
				'[0].breaks[0].position = "before": puts the break before "Mets", the cue\'s first word, where a page always breaks; write "after" or name another word',
			],
		},
		{
			breaks: [{word: 'début.', position: 'after' as const, break: 'none' as const}],
			expected: [
				'[0].breaks[0].position = "after": puts the break after "début.", the cue\'s last word, where a page always breaks; write "before" or name another word',
			],
		},
	])('$breaks.0.word: an error naming the field, the value and the fix', ({breaks, expected}) => {
		const result = apply(breaks);
		expect(result.problems.map((p) => `${p.field} = ${JSON.stringify(p.value)}: ${p.reason}`)).toEqual(expected);
		expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
	});
});
