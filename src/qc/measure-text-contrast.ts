import {type openBrowser, renderStill, selectComposition} from '@remotion/renderer';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {CONTRAST_PROBE_ENV, getContrastProbeFile} from '../components/contrast-probe';
import {getKindModule} from '../kinds/registry';
import type {RenderJob} from '../kinds/render-job';
import {readPicturePixels} from '../media/read-picture-pixels';
import {FRAME} from '../specs/frame';
import type {ElementBox} from '../specs/find-safe-zone-violations';
import {checkContrast, type FrameContrast, getUnmeasuredContrast, MIN_CONTRAST_SCALE} from './check-contrast';
import {CONTRAST_FRAMES, measureFrameContrast} from './contrast/measure-frame-contrast';
import {pickContrastFrames} from './contrast/pick-contrast-frames';
import type {QcCheck} from './qc-check';

/** What a contrast measurement renders with: the served bundle and an open browser. */
export type ContrastRenderer = {
	serveUrl: string;
	browser: Awaited<ReturnType<typeof openBrowser>>;
	/** browserExecutable and chromeMode, as every renderer call of the session gets them. */
	browserOptions: object;
};

/**
 * The contrast rule measured on rendered frames of a job: at a few frames where its text
 * holds still (from the kind's layers), Chrome draws the frame as it is and again without
 * the text's fill (ContrastProbe); the letters are where the two differ, and each text
 * element's contrast is read there (findTextContrast). Renders at the job's scale, whole
 * frames, footage included (10–110 s an asset): `render --contrast` with the reference
 * renderer. The layered renderer measures from its own layers (measureLayeredContrast).
 */
export const measureTextContrast = async ({
	renderer,
	job,
}: {
	renderer: ContrastRenderer;
	job: RenderJob;
}): Promise<QcCheck> => {
	if (job.settings.scale < MIN_CONTRAST_SCALE) return getUnmeasuredContrast(job.settings.scale);
	const kind = getKindModule(job.kind);
	const props = job.inputProps as never;
	const frames = pickContrastFrames({
		layers: kind.layers ? kind.layers(props, job.durationInFrames, null) : null,
		durationInFrames: job.durationInFrames,
		max: CONTRAST_FRAMES,
	});
	const {scale} = job.settings;
	const common = {
		serveUrl: renderer.serveUrl,
		puppeteerInstance: renderer.browser,
		...renderer.browserOptions,
		logLevel: 'error' as const,
		inputProps: job.inputProps,
	};
	const composition = await selectComposition({...common, id: job.compositionId});
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-contrast-'));
	const measured: FrameContrast[] = [];
	try {
		for (const frame of frames) {
			const withText = path.join(dir, `${frame}.png`);
			const withoutText = path.join(dir, `${frame}.probe.png`);
			const still = {...common, composition, frame, imageFormat: 'png' as const, overwrite: true, scale};
			await renderStill({...still, output: withText});
			let probed: ElementBox[] | null = null;
			await renderStill({
				...still,
				output: withoutText,
				envVariables: {[CONTRAST_PROBE_ENV]: '1'},
				onArtifact: (artifact) => {
					if (artifact.filename === getContrastProbeFile(frame)) {
						probed = JSON.parse(Buffer.from(artifact.content).toString('utf8')) as ElementBox[];
					}
				},
			});
			if (!probed)
				throw new Error(`No text boxes came back for frame ${frame}; is <ContrastProbe /> in the composition?`);
			const [a, b] = await Promise.all([readPicturePixels(withText, 'rgb24'), readPicturePixels(withoutText, 'rgb24')]);
			measured.push(
				...measureFrameContrast({
					frame,
					width: Math.round(FRAME.width * scale),
					withText: a,
					withoutText: b,
					boxes: probed,
					scale,
				}),
			);
		}
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
	return checkContrast({measured, frames, fps: FRAME.fps});
};
