/**
 * Where a French subtitler may break a line or a page, between word i and word i + 1 of a
 * cue (words as getWordTimings cuts them: punctuation glued by no-break spaces stays on its
 * word). Pure; the same rules place breaks (paginateCaptions) and find bad ones in pages
 * (getCaptionPageFlaws).
 */
export type BreakRule = {
	/** Why no break may go here (an article before its noun…), or null when one may. */
	forbidden: string | null;
	/** How good a break is here when allowed: 0 after a full stop, up to 9 after a pronoun or a conjunction. */
	cost: number;
};

/** Words that lean on the next one: articles, determiners, prepositions, subject pronouns (never last on a line). */
const LEANS_ON_NEXT = new Set(
	(
		'le la les l’ un une des du de d’ au aux à en dans sur sous pour par avec chez vers sans entre ' +
		'ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ' +
		'quel quelle quels quelles chaque plusieurs quelques tout toute tous toutes ' +
		'je j’ tu il ils on ne n’'
	).split(' '),
);

/** French numbers in words: with the noun they count, one unit. */
const NUMBER_WORDS = new Set(
	(
		'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize ' +
		'vingt trente quarante cinquante soixante cent cents mille million millions milliard milliards'
	).split(' '),
);

/** Nouns that name a place with the name after them: le square George-Sand, la place Aragon. */
const PLACE_NOUNS = new Set(
	(
		'place square rue avenue boulevard allée impasse quai pont parc jardin stade gymnase collège lycée école ' +
		'bibliothèque médiathèque skatepark esplanade belvédère cité quartier gare musée théâtre'
	).split(' '),
);

/** Particles inside a name: Simone de Beauvoir, Abd Al Malik. */
const NAME_PARTICLES = new Set(['de', 'd’', 'du', 'des', 'la', 'le', 'van', 'von', 'al', 'el', 'ben', 'ibn']);

/**
 * Subject pronouns, the negation and conjunctions: a break right after them reads badly
 * (before them is a good place), though a subtitler may have to.
 */
const LEANS_SOFTLY = new Set(
	'je tu il elle on nous vous ils elles ne se me te et ou mais donc car que qui quand comme si parce où dont'.split(
		' ',
	),
);

/** A break just before these opens a new phrase: a good place when there is no punctuation. */
const OPENS_PHRASE = new Set(
	(
		'et ou mais donc car que qui quand comme si parce lorsque puisque où dont ' +
		'le la les un une des du de au aux à en dans sur sous pour par avec chez vers sans entre'
	).split(' '),
);

const SENTENCE_END = /[.!?…]["»\u202F)]*$/;
const CLAUSE_END = /[;:]$/;
const COMMA_END = /[,)»]$/;
const DASHES = new Set(['-', '–', '—']);
const EDGE_PUNCTUATION = /^[\s«»"“”()[\]\-–—.,;:!?…\u00A0\u202F]+|[\s«»"“”()[\]\-–—.,;:!?…\u00A0\u202F]+$/g;

/** A word as an editor names it: no quotes or punctuation around it, `'` as `’`, lower case. */
export const normaliseWord = (text: string): string =>
	text.replace(/'/g, '’').replace(EDGE_PUNCTUATION, '').toLowerCase();

const endsWithPunctuation = (text: string) => /[.,;:!?…»)]$/.test(text);
const isCapitalised = (text: string) => /^[«"\u202F]*\p{Lu}/u.test(text);
const isNumber = (text: string) => /^\d[\d.,\u00A0\u202F]*$/.test(text) || NUMBER_WORDS.has(normaliseWord(text));

/** Why words i and i + 1 go together, whatever the line length: null when nothing ties them. */
const getTie = (texts: readonly string[], i: number): {reason: string; name: boolean} | null => {
	const [text = '', next = '', afterNext = ''] = texts.slice(i, i + 3);
	const word = normaliseWord(text);
	if (DASHES.has(text) || /[«"“]$/.test(text)) return {reason: `right after the opening "${text}"`, name: false};
	if (endsWithPunctuation(text)) return null;
	if (LEANS_ON_NEXT.has(word)) return {reason: `between "${text}" and the word it leans on`, name: false};
	if (isNumber(text)) return {reason: `between the number "${text}" and what it counts`, name: false};
	if (isCapitalised(next) && (isCapitalised(text) || PLACE_NOUNS.has(word))) {
		return {reason: `inside the name "${text} ${next}"`, name: true};
	}
	if (isCapitalised(text) && NAME_PARTICLES.has(normaliseWord(next)) && isCapitalised(afterNext)) {
		return {reason: `inside the name "${text} ${next} ${afterNext}"`, name: true};
	}
	return null;
};

/** How good an allowed break after word i is: punctuation first, then before a new phrase. */
const getCost = (texts: readonly string[], i: number): number => {
	const [text = '', next = ''] = texts.slice(i, i + 2);
	if (SENTENCE_END.test(text)) return 0;
	if (CLAUSE_END.test(text)) return 1;
	if (COMMA_END.test(text)) return 2;
	if (LEANS_SOFTLY.has(normaliseWord(text))) return 9;
	return OPENS_PHRASE.has(normaliseWord(next)) ? 4 : 6;
};

/** The « … » each place between two words is inside of, as the words [from, to) it holds; null outside. */
const findQuotes = (texts: readonly string[]): Array<{from: number; to: number} | null> => {
	const inside: Array<{from: number; to: number} | null> = texts.map(() => null);
	let open: number | null = null;
	texts.forEach((text, i) => {
		if (open === null && text.includes('«')) open = i;
		if (open !== null && text.includes('»')) {
			const quote = {from: open, to: i + 1};
			for (let gap = open; gap < i; gap++) inside[gap] = quote;
			open = null;
		}
	});
	return inside;
};

/**
 * The rule at each of the `texts.length - 1` places between two words. `fits(from, to)`
 * says whether words [from, to) fit on one line: words tied together (an article and its
 * noun, a name, « … ») that do not fit on any line have to break somewhere, and there they
 * break where it hurts least (a name before an article), without it being forbidden.
 */
export const getBreakRules = (
	texts: readonly string[],
	fits: (from: number, to: number) => boolean = () => true,
): BreakRule[] => {
	const gaps = texts.slice(0, -1).map((_, i) => i);
	const quotes = findQuotes(texts);
	const ties = gaps.map((i) => getTie(texts, i));
	const rules = gaps.map((i): BreakRule => {
		const quote = quotes[i];
		// A speaker's dash opens its line: a break before it is always right.
		if (/^[-–—] /.test(texts[i + 1] ?? '')) return {forbidden: null, cost: 0};
		if (quote && fits(quote.from, quote.to)) return {forbidden: 'inside « … »', cost: getCost(texts, i)};
		return {forbidden: ties[i]?.reason ?? null, cost: getCost(texts, i)};
	});
	// Runs of tied words too long for a line.
	for (let from = 0; from < gaps.length; from++) {
		if (!ties[from] || rules[from]?.forbidden === 'inside « … »') continue;
		let to = from;
		while (ties[to + 1] && rules[to + 1]?.forbidden !== 'inside « … »') to++;
		if (!fits(from, to + 2)) {
			for (let gap = from; gap <= to; gap++) rules[gap] = {forbidden: null, cost: ties[gap]?.name ? 7 : 9};
		}
		from = to;
	}
	return rules;
};
