import {describe, expect, test} from 'vitest';
import {estimateRemainingBytes} from '../src/cli/estimate-remaining-bytes';
import type {RenderJob} from '../src/kinds/render-job';
import type {Manifest, ManifestEntry} from '../src/plan/manifest';

const job = (id: string, scale: number, durationInFrames: number) =>
	({id, durationInFrames, settings: {scale}}) as unknown as RenderJob;

const entry = (id: string, scale: number, bytes: number, durationInSeconds: number) =>
	({id, scale, bytes, durationInSeconds, status: 'rendered'}) as unknown as ManifestEntry;

const manifestOf = (...assets: ManifestEntry[]) => ({assets}) as unknown as Manifest;

describe('estimateRemainingBytes: the figure of "the run needs about N MB more"', () => {
	test.each<[string, RenderJob[], Manifest | null, number]>([
		// 10 s at full scale, 1.5 MB/s, plus the largest again for the loudness pass's copy.
		['nothing known: 1.5 MB/s at full scale', [job('ep01-header', 1, 300)], null, 30e6],
		['a quarter scale is a sixteenth of the bytes', [job('ep01-header', 0.25, 300)], null, 30e6 / 16],
		[
			'the same asset rendered before, at this scale: its size',
			[job('ep01-header', 1, 300), job('ep02-header', 1, 300)],
			manifestOf(entry('ep01-header', 1, 4e6, 10)),
			4e6 + 4e6 + 4e6,
		],
	])('%s', (_name, jobs, manifest, bytes) => {
		expect(estimateRemainingBytes({jobs, manifest})).toBeCloseTo(bytes, -3);
	});
});
