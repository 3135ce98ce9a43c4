import {type CellResult, cellProblem, cellValue, splitListCell} from './cell-result';

type Person = {name: string; role: string};

/** `Inès (17 ans, slameuse); Karim (18 ans, le chambreur)`. */
export const formatCast = (cast: readonly Person[]): string =>
	cast.map(({name, role}) => `${name} (${role})`).join('; ');

/** Why a person cannot be written in a cast cell and read back the same, or null. */
export const getCastWriteProblem = ({name, role}: Person): string | null => {
	if (/[();\n]/.test(name)) return 'a cast name with "(", ")", ";" or a line break cannot be written in the sheet';
	if (/[;\n]/.test(role) || role !== role.trim() || name !== name.trim()) {
		return 'a cast role with ";", a line break or spaces at the ends cannot be written in the sheet';
	}
	return null;
};

const PERSON = /^([^()]+?)\s*\((.+)\)$/s;

/** A cast cell → [{name, role}, …]; every person not written `Name (role)` is named. */
export const readCastCell = (text: string): CellResult => {
	const items = splitListCell(text);
	const people = items.map((item) => PERSON.exec(item));
	const bad = people.flatMap((match, n) =>
		match ? [] : [`person ${n + 1} "${items[n]}" is not written Name (role); e.g. Inès (17 ans, slameuse)`],
	);
	if (bad.length > 0) return cellProblem(bad.join('; '));
	return cellValue(people.map((match) => ({name: match![1]!.trim(), role: match![2]!.trim()})));
};
