/** Weekdays in the order a French week runs, Monday first. */
const WEEK = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const joinFr = (words: readonly string[]): string =>
	words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;

/**
 * "Un épisode chaque mardi et vendredi", read from the release dates themselves (in the
 * campaign's time zone), so the schedule on screen cannot drift from the dates. Empty when
 * there is no weekly rhythm to tell (one episode, or releases on more than three weekdays).
 */
export const getReleaseRhythm = ({
	releaseDates,
	timeZone,
}: {
	releaseDates: readonly string[];
	timeZone: string;
}): string => {
	if (releaseDates.length < 2) return '';
	const format = new Intl.DateTimeFormat('fr-FR', {timeZone, weekday: 'long'});
	const days = new Set(releaseDates.map((date) => format.format(new Date(date))));
	if (days.size > 3) return '';
	return `Un épisode chaque ${joinFr(WEEK.filter((day) => days.has(day)))}`;
};
