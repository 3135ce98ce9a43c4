import {vi} from 'vitest';
import type {Bundle, BundleOptions} from './copy-code-bundle';

/**
 * Set up before every test file (vitest.config.ts): bundle() as the render code calls it
 * (entry point, public folder, webpack cache) makes the compositions' bundle once per code
 * hash and hands each render a copy with its own public folder (copy-code-bundle.ts); other
 * calls go to the real bundle() as they are.
 */
vi.mock('@remotion/bundler', async (importOriginal) => {
	const actual = await importOriginal<typeof import('@remotion/bundler')>();
	const {reuseBundle} = await import('./copy-code-bundle');
	const plain = (options: unknown): options is BundleOptions =>
		typeof options === 'object' &&
		options !== null &&
		Object.keys(options).sort().join(',') === 'enableCaching,entryPoint,publicDir';
	const bundle = ((options: Parameters<Bundle>[0]) =>
		plain(options) ? reuseBundle(actual.bundle, options) : actual.bundle(options)) as Bundle;
	return {...actual, bundle};
});
