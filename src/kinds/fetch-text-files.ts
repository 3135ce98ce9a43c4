import {resolveMediaSrc} from '../components/resolve-media-src';

/**
 * In the browser (Studio, `npx remotion render`): reads the text files a kind still needs,
 * from the assets folder or a URL. Batch renders get complete props and fetch nothing.
 */
export const fetchTextFiles = async (files: readonly string[], signal: AbortSignal): Promise<Map<string, string>> =>
	new Map(
		await Promise.all(
			[...new Set(files)].map(async (file) => {
				const response = await fetch(resolveMediaSrc(file), {signal});
				if (!response.ok) throw new TypeError(`Could not load "${file}" (HTTP ${response.status}); check the path`);
				return [file, await response.text()] as const;
			}),
		),
	);
