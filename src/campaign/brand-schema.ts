import {zColor} from '@remotion/zod-types';
import {z} from 'zod';
import {FONT_EXTENSIONS, zAssetPath} from './asset-path-schema';

export const fontSchema = z.strictObject({
	family: z.string().min(1, {error: 'is empty; name the font family, e.g. "Anton"'}),
	file: zAssetPath(FONT_EXTENSIONS),
	weight: z.enum(['400', '500', '600', '700', '800', '900']).default('400'),
});

export const brandSchema = z.strictObject({
	colors: z.strictObject({
		background: zColor(),
		primary: zColor(),
		accent: zColor(),
		text: zColor(),
	}),
	fonts: z.strictObject({
		display: fontSchema,
		body: fontSchema,
		bodyBold: fontSchema,
	}),
});

export type Brand = z.infer<typeof brandSchema>;
export type BrandFont = z.infer<typeof fontSchema>;
