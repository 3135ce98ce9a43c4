import {loadFont} from '@remotion/fonts';
import {useEffect, useState} from 'react';
import {resolveMediaSrc} from './resolve-media-src';
import type {BrandFont} from '../campaign/brand-schema';

const loaded = new Map<string, Promise<void>>();

const load = (font: BrandFont): Promise<void> => {
	const url = resolveMediaSrc(font.file);
	const key = `${font.family}|${font.weight}|${url}`;
	const existing = loaded.get(key);
	if (existing) return existing;
	// loadFont holds the render (delayRender) until the face is ready.
	const promise = loadFont({family: font.family, url, weight: font.weight});
	loaded.set(key, promise);
	return promise;
};

/** Loads fonts from the assets folder (each once per page): outside React, before measuring. */
export const loadBrandFonts = (fonts: readonly BrandFont[]): Promise<void> =>
	Promise.all(fonts.map(load)).then(() => undefined);

/** Loads the brand's fonts from the assets folder; true once they can be measured. */
export const useBrandFonts = (fonts: readonly BrandFont[]): boolean => {
	const key = fonts.map((font) => `${font.family}|${font.weight}|${font.file}`).join(',');
	const [readyKey, setReadyKey] = useState<string | null>(null);
	useEffect(() => {
		let cancelled = false;
		loadBrandFonts(fonts).then(() => {
			if (!cancelled) setReadyKey(key);
		});
		return () => {
			cancelled = true;
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the fonts
	}, [key]);
	return readyKey === key;
};
