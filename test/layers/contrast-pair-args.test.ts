import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {getContrastPairArgs} from '../../src/backends/local/layered/get-contrast-pair-args';
import {runSystemFfmpeg} from '../../src/media/system-ffmpeg';

test('each sampled frame comes back twice in RGB: its base under the overlay, and under the probe', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-pair-'));
	const png = (name: string, color: string) => path.join(dir, `${name}-${color}.png`);
	// Overlays 16×16: an opaque square of colour in the middle of a transparent page.
	const drawOverlay = (file: string, color: string) =>
		runSystemFfmpeg([
			'-y',
			'-f',
			'lavfi',
			'-i',
			`color=c=${color}:s=8x8,format=rgba,pad=16:16:4:4:color=0x00000000`,
			'-frames:v',
			'1',
			file,
		]);
	await Promise.all([drawOverlay(png('over', 'white'), 'white'), drawOverlay(png('probe', 'black'), 'black')]);
	const output = (i: number, which: string) => path.join(dir, `${i}-${which}.rgb`);
	await runSystemFfmpeg(
		getContrastPairArgs({
			frames: [
				{base: {type: 'fill', color: '#0F171E'}, overlay: png('over', 'white'), probe: png('probe', 'black')},
				{base: {type: 'fill', color: '#FFD23F'}, overlay: png('over', 'white'), probe: png('probe', 'black')},
			],
			resolveFootage: () => {
				throw new Error('no footage here');
			},
			size: {width: 16, height: 16, scale: 1, fps: 30},
			output,
		}),
	);
	const pixel = (file: string, x: number, y: number) => [
		...readFileSync(file).subarray(3 * (y * 16 + x), 3 * (y * 16 + x) + 3),
	];
	const near = (actual: number[], expected: number[]) =>
		actual.forEach((channel, i) => expect(Math.abs(channel - expected[i]!)).toBeLessThanOrEqual(3));
	expect(readFileSync(output(0, 'with')).length).toBe(16 * 16 * 3);
	near(pixel(output(0, 'with'), 0, 0), [15, 23, 30]);
	near(pixel(output(0, 'with'), 8, 8), [255, 255, 255]);
	near(pixel(output(0, 'without'), 8, 8), [0, 0, 0]);
	near(pixel(output(1, 'without'), 1, 1), [255, 210, 63]);
	near(pixel(output(1, 'with'), 8, 8), [255, 255, 255]);
});
