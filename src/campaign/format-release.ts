/**
 * "vendredi 15 janvier à 18 h", French style (hours as "18 h", "18 h 30"), in the
 * campaign's time zone so that Studio, the renderer and CI agree whatever their clock.
 */
export const formatReleaseFr = ({releaseAt, timeZone}: {releaseAt: string; timeZone: string}): string => {
	const parts = new Intl.DateTimeFormat('fr-FR', {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: 'numeric',
		minute: 'numeric',
		hourCycle: 'h23',
	}).formatToParts(new Date(releaseAt));
	const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
	const day = get('day') === '1' ? '1er' : get('day');
	const minute = get('minute') === '00' ? '' : `\u00A0${get('minute')}`;
	return `${get('weekday')} ${day}\u00A0${get('month')} à\u00A0${Number(get('hour'))}\u00A0h${minute}`;
};
