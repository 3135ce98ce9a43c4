import {BASE_RENDER_SETTINGS} from './render-settings';

/** The output defaults every composition gives the Remotion CLI, as the batch renders them. */
export const getDefaultOutput = () =>
	({
		defaultCodec: BASE_RENDER_SETTINGS.codec,
		defaultVideoImageFormat: BASE_RENDER_SETTINGS.imageFormat,
		defaultPixelFormat: 'yuv420p',
	}) as const;
