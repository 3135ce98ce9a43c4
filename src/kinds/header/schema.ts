import {zTextarea} from '@remotion/zod-types';
import {z} from 'zod';
import {brandSchema} from '../../campaign/brand-schema';
import {releaseAtSchema} from '../../campaign/shared-schemas';

export const headerSchema = z.object({
	brand: brandSchema,
	presenter: z.string().describe('Small line above the series title, e.g. "Prime Video présente"'),
	seriesTitle: z.string().min(1),
	kicker: z.string().describe('"Épisode 3", or "La série" for the series header'),
	/** Episode title, or the series tagline. */
	title: zTextarea().min(1),
	placeName: z.string(),
	placeDetail: z.string().describe('City and the figure the place is named after'),
	releasePrefix: z.string().describe('"Le" or "Dès le", before the date'),
	releaseAt: releaseAtSchema,
	timeZone: z.string(),
	durationInSeconds: z.number().min(3).max(5),
	showSafeZone: z.boolean().describe('Studio only: show where TikTok draws its UI'),
});

export type HeaderProps = z.infer<typeof headerSchema>;
