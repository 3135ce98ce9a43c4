import {z} from 'zod';

export const hashtagSchema = z.string().regex(/^#[\p{L}\p{N}_]+$/u, {
	error: 'is not a hashtag; write "#" then letters, digits or "_" without spaces, e.g. "#Cités"',
});

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))$/;

const getMonthName = (year: number, month: number) =>
	new Intl.DateTimeFormat('en', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(year, month - 1));

/**
 * What is impossible in a date and time of the right shape, or null. Date.parse alone is not
 * enough: it takes "2027-02-30" for 2 March.
 */
const getImpossiblePart = (value: string): string | null => {
	const match = DATE_TIME.exec(value);
	if (!match) return null;
	const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = match
		.slice(1)
		.map((part) => (part === undefined ? undefined : Number(part)));
	if (month < 1 || month > 12) return `has month ${month}; months go 01–12`;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > days)
		return `has day ${day}, but ${getMonthName(year, month)} has ${days} days; check the day and month`;
	if (hour > 23) return `has hour ${hour}; hours go 00–23 (midnight is 00:00 of the next day)`;
	if (minute > 59 || second > 59) return 'has minutes or seconds over 59; check the time';
	if (offsetHour > 14 || offsetMinute > 59) return 'has an offset no time zone has; write one like +01:00';
	return null;
};

/** A local date and time with its UTC offset, e.g. "2027-01-15T18:00:00+01:00". */
export const releaseAtSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, {
		error: 'is not a date and time with offset; write it like "2027-01-15T18:00:00+01:00"',
		abort: true,
	})
	.superRefine((value, ctx) => {
		const impossible = getImpossiblePart(value);
		if (impossible) ctx.addIssue({code: 'custom', input: value, message: impossible});
		else if (Number.isNaN(Date.parse(value))) {
			ctx.addIssue({code: 'custom', input: value, message: 'is not a real date; check the day and month'});
		}
	});

export const callToActionSchema = z.strictObject({
	headline: z.string().min(1, {error: 'is empty; say what the viewer should do'}).max(48, {
		error: 'is longer than 48 characters and would not fit the end card; shorten it',
	}),
	detail: z.string().max(60, {error: 'is longer than 60 characters; shorten it'}).default(''),
});

export type CallToAction = z.infer<typeof callToActionSchema>;
