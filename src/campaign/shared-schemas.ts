import {z} from 'zod';

export const hashtagSchema = z.string().regex(/^#[\p{L}\p{N}_]+$/u, {
	error: 'is not a hashtag; write "#" then letters, digits or "_" without spaces, e.g. "#Cités"',
});

/** A local date and time with its UTC offset, e.g. "2027-01-15T18:00:00+01:00". */
export const releaseAtSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, {
		error: 'is not a date and time with offset; write it like "2027-01-15T18:00:00+01:00"',
	})
	.refine((value) => !Number.isNaN(Date.parse(value)), {
		error: 'is not a real date; check the day and month',
	});

export const callToActionSchema = z.strictObject({
	headline: z.string().min(1, {error: 'is empty; say what the viewer should do'}).max(48, {
		error: 'is longer than 48 characters and would not fit the end card; shorten it',
	}),
	detail: z.string().max(60, {error: 'is longer than 60 characters; shorten it'}).default(''),
});

export type CallToAction = z.infer<typeof callToActionSchema>;
