import {afterEach, describe, expect, test, vi} from 'vitest';
import type {RenderCallbacks} from '../../../src/backends/backend';
import type {LayeredCapture} from '../../../src/backends/local/layered/capture-layers';
import {createLayeredRenderer} from '../../../src/backends/local/layered/layered-renderer';
import type {RenderSession} from '../../../src/backends/local/render-session';
import type {RenderJob} from '../../../src/kinds/render-job';

/** What the two stages did, in order. */
const events: string[] = [];
/** Jobs whose next capture fails (a browser restarted under it). */
const failing = new Set<string>();
/** Composites held until the test lets them go. */
const held = new Map<string, () => void>();

vi.mock('../../../src/backends/local/layered/capture-layers', () => ({
	captureLayers: async ({job, registerCancel}: {job: RenderJob; registerCancel: (cancel: () => void) => void}) => {
		registerCancel(() => events.push(`cancel ${job.id}`));
		events.push(`capture ${job.id}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
		if (failing.delete(job.id)) throw new Error('Target closed');
		events.push(`captured ${job.id}`);
		return {
			job,
			dispose: async () => void events.push(`dispose ${job.id}`),
		} as unknown as LayeredCapture;
	},
}));

vi.mock('../../../src/backends/local/layered/composite-layers', () => ({
	compositeLayers: async ({capture}: {capture: LayeredCapture}) => {
		events.push(`composite ${capture.job.id}`);
		await new Promise<void>((resolve) => held.set(capture.job.id, resolve));
		await capture.dispose();
		return {capturedFrames: 1};
	},
}));

const job = (id: string) => ({id, kind: 'teaser'}) as RenderJob;
const callbacks: RenderCallbacks = {onProgress: () => undefined, registerCancel: () => undefined};
const target = {video: 'out.mp4', cover: null};
const renderer = () => createLayeredRenderer({session: () => ({}) as RenderSession, assetsDir: '.', concurrency: null});
const release = async (id: string) => {
	await vi.waitFor(() => expect(held.has(id)).toBe(true));
	held.get(id)!();
};

afterEach(() => {
	events.length = 0;
	failing.clear();
	held.clear();
});

describe('the layered renderer across a batch', () => {
	test('captures the next job while ffmpeg composites the one before, then renders it from those captures', async () => {
		const layered = renderer();
		const first = layered.render(job('ep01-teaser'), target, callbacks);
		layered.prepare(job('ep02-teaser'));
		await vi.waitFor(() => expect(events).toContain('captured ep02-teaser'));
		// Chrome took the second job only once done with the first, and ffmpeg still works on the first.
		expect(events).toEqual([
			'capture ep01-teaser',
			'captured ep01-teaser',
			'composite ep01-teaser',
			'capture ep02-teaser',
			'captured ep02-teaser',
		]);
		await release('ep01-teaser');
		await first;
		const second = layered.render(job('ep02-teaser'), target, callbacks);
		await release('ep02-teaser');
		await second;
		expect(events.filter((e) => e === 'capture ep02-teaser')).toHaveLength(1);
		expect(events.slice(-3)).toEqual(['dispose ep01-teaser', 'composite ep02-teaser', 'dispose ep02-teaser']);
	});

	test('captures made early that failed are made again when the job renders', async () => {
		const layered = renderer();
		failing.add('ep02-teaser');
		layered.prepare(job('ep02-teaser'));
		const rendering = layered.render(job('ep02-teaser'), target, callbacks);
		await release('ep02-teaser');
		await expect(rendering).resolves.toEqual({capturedFrames: 1});
		expect(events.filter((e) => e === 'capture ep02-teaser')).toHaveLength(2);
	});

	test('asking twice for the same job captures it once', async () => {
		const layered = renderer();
		layered.prepare(job('ep02-teaser'));
		layered.prepare(job('ep02-teaser'));
		await layered.close();
		expect(events.filter((e) => e === 'capture ep02-teaser')).toHaveLength(1);
	});

	test('closing stops and removes what was captured early and never rendered', async () => {
		const layered = renderer();
		layered.prepare(job('ep02-teaser'));
		await vi.waitFor(() => expect(events).toContain('captured ep02-teaser'));
		await layered.close();
		expect(events.slice(-2)).toEqual(['cancel ep02-teaser', 'dispose ep02-teaser']);
	});

	test('a job closed before its turn came is cancelled as soon as its capture starts', async () => {
		const layered = renderer();
		const first = layered.render(job('ep01-teaser'), target, callbacks);
		layered.prepare(job('ep02-teaser'));
		await layered.close();
		expect(events.filter((e) => e.endsWith('ep02-teaser')).slice(0, 2)).toEqual([
			'cancel ep02-teaser',
			'capture ep02-teaser',
		]);
		await release('ep01-teaser');
		await first;
	});
});
