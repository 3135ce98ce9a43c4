/** The UTC offset ("+01:00") a time zone has at the instant an ISO date names. */
export const getOffsetInZone = (isoDate: string, timeZone: string): string => {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		timeZoneName: 'longOffset',
	}).formatToParts(new Date(isoDate));
	const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
	const offset = name.replace('GMT', '');
	return offset === '' ? '+00:00' : offset;
};
