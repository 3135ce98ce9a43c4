import {type makeCancelSignal, renderFrames, type selectComposition} from '@remotion/renderer';
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import type {LayersProps} from '../../../kinds/layers/layers-schema';

type Composition = Awaited<ReturnType<typeof selectComposition>>;

/**
 * Chrome captures the plan's frames, in order, as PNG (transparent where only the overlay
 * is drawn), in one render of the layers composition; gives back their files, in order.
 */
export const captureOverlays = async ({
	common,
	composition,
	props,
	dir,
	scale,
	concurrency,
	cancelSignal,
	onProgress,
}: {
	/** What every renderer call of the session shares: serve URL, browser, log level. */
	common: Omit<
		Parameters<typeof renderFrames>[0],
		'composition' | 'inputProps' | 'imageFormat' | 'onStart' | 'onFrameUpdate' | 'outputDir'
	>;
	composition: Composition;
	props: LayersProps;
	dir: string;
	scale: number;
	concurrency: number | null;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
	onProgress: (captured: number) => void;
}): Promise<string[]> => {
	await renderFrames({
		...common,
		composition: {...composition, props},
		inputProps: props,
		frameRange: [0, props.captures.length - 1],
		imageFormat: 'png',
		outputDir: dir,
		concurrency,
		scale,
		cancelSignal,
		onStart: () => undefined,
		onFrameUpdate: onProgress,
	});
	const files = (await readdir(dir))
		.filter((name) => name.endsWith('.png'))
		.sort()
		.map((name) => path.join(dir, name));
	if (files.length !== props.captures.length) {
		throw new Error(`Chrome captured ${files.length} overlay frames of ${props.captures.length}`);
	}
	return files;
};
