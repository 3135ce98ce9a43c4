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

/**
 * Where each « … » of the cue holds the words [from, to): a quote too long for one line
 * (`fits` says) has to break somewhere inside, so there only the other rules apply.
 */
const findLongQuotes = (texts: readonly string[], fits: (from: number, to: number) => boolean): boolean[] => {
	const long: boolean[] = [];
	let open: number | null = null;
	texts.forEach((text, i) => {
		if (open === null && text.includes('«')) open = i;
		if (open !== null && text.includes('»')) {
			const tooLong = !fits(open, i + 1);
			for (let w = open; w <= i; w++) long[w] = tooLong;
			open = null;
		}
	});
	return long;
};

/**
 * The rule at each of the `texts.length - 1` places between two words. `fits` says whether
 * words [from, to) fit on one line (a quote that does not may break inside).
 */
export const getBreakRules = (
	texts: readonly string[],
	fits: (from: number, to: number) => boolean = () => true,
): BreakRule[] => {
	const longQuote = findLongQuotes(texts, fits);
	let quoteDepth = 0;
	return texts.slice(0, -1).map((text, i): BreakRule => {
		const next = texts[i + 1] ?? '';
		const afterNext = texts[i + 2] ?? '';
		quoteDepth = Math.max(0, quoteDepth + (text.match(/«/g)?.length ?? 0) - (text.match(/»/g)?.length ?? 0));
		const word = normaliseWord(text);
		const cost = SENTENCE_END.test(text)
			? 0
			: CLAUSE_END.test(text)
				? 1
				: COMMA_END.test(text)
					? 2
					: LEANS_SOFTLY.has(word)
						? 9
						: OPENS_PHRASE.has(normaliseWord(next))
							? 4
							: 6;
		const rule = (forbidden: string | null): BreakRule => ({forbidden, cost});
		// A speaker's dash opens its line: a break before it is always right.
		if (/^[-–—] /.test(next)) return {forbidden: null, cost: 0};
		if (quoteDepth > 0 && !longQuote[i]) return rule('inside « … »');
		if (DASHES.has(text) || /[«"“]$/.test(text)) return rule(`right after the opening "${text}"`);
		if (endsWithPunctuation(text)) return rule(null);
		if (LEANS_ON_NEXT.has(word)) return rule(`between "${text}" and the word it leans on`);
		if (isNumber(text)) return rule(`between the number "${text}" and what it counts`);
		if (isCapitalised(text) && isCapitalised(next)) return rule(`inside the name "${text} ${next}"`);
		if (isCapitalised(text) && NAME_PARTICLES.has(normaliseWord(next)) && isCapitalised(afterNext)) {
			return rule(`inside the name "${text} ${next} ${afterNext}"`);
		}
		return rule(null);
	});
};
