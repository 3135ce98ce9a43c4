const UNITS = [
	'zéro',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'treize',
	'quatorze',
	'quinze',
	'seize',
];
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

const below100 = (n: number): string => {
	if (n <= 16) return UNITS[n] ?? '';
	if (n < 20) return `dix-${UNITS[n - 10]}`;
	// 70–79 and 90–99 count on from 60 and 80: soixante-douze, quatre-vingt-treize.
	const tens = n < 80 ? Math.min(Math.floor(n / 10), 6) : 8;
	const base = tens === 8 ? 'quatre-vingt' : (TENS[tens] ?? '');
	const rest = n - tens * 10;
	if (rest === 0) return tens === 8 ? 'quatre-vingts' : base;
	if ((rest === 1 || rest === 11) && tens !== 8) return `${base} et ${below100(rest)}`;
	return `${base}-${below100(rest)}`;
};

const below1000 = (n: number): string => {
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	if (hundreds === 0) return below100(rest);
	const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 ? 's' : ''}`;
	return rest === 0 ? head : `${head} ${below100(rest)}`;
};

/**
 * A whole number as a French speaker says it (`1998` → "mille neuf cent quatre-vingt-dix-huit"),
 * up to 999 999 999; longer digit runs are read digit by digit, as codes and phone numbers are.
 */
export const spellFrenchNumber = (digits: string): string => {
	if (!/^\d+$/.test(digits)) throw new TypeError(`spellFrenchNumber: "${digits}" is not a run of digits`);
	if (digits.length > 9 || (digits.length > 1 && digits.startsWith('0')))
		return [...digits].map((digit) => UNITS[Number(digit)]).join(' ');
	const n = Number(digits);
	if (n < 1000) return below1000(n);
	const millions = Math.floor(n / 1_000_000);
	const thousands = Math.floor(n / 1000) % 1000;
	const rest = n % 1000;
	return [
		millions === 0 ? '' : `${below1000(millions)} million${millions > 1 ? 's' : ''}`,
		thousands === 0 ? '' : thousands === 1 ? 'mille' : `${below1000(thousands)} mille`,
		rest === 0 ? '' : below1000(rest),
	]
		.filter((part) => part !== '')
		.join(' ');
};
