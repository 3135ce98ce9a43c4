import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test, vi} from 'vitest';

test('a composite cancelled mid-way stops ffmpeg at once (the render then removes its work folder)', async () => {
	const {runSystemFfmpeg} = await import('../../src/media/system-ffmpeg');
	const out = path.join(mkdtempSync(path.join(tmpdir(), 'cites-ffmpeg-')), 'long.mp4');
	const abort = new AbortController();
	const started = Date.now();
	// Ten minutes of video: it would run far longer than this test if the abort did nothing.
	const running = runSystemFfmpeg(
		['-y', '-f', 'lavfi', '-i', 'testsrc2=s=1080x1920:r=30:d=600', '-c:v', 'libx264', out],
		abort.signal,
	);
	setTimeout(() => abort.abort(), 1000);
	await expect(running).rejects.toThrow(/abort/i);
	expect(Date.now() - started).toBeLessThan(5000);
});

test('without a full ffmpeg, the layered renderer says what to install or how to do without', async () => {
	vi.resetModules();
	vi.stubEnv('CITES_FFMPEG', '/nonexistent/ffmpeg');
	try {
		const {findSystemFfmpeg} = await import('../../src/media/system-ffmpeg');
		expect(() => findSystemFfmpeg()).toThrow(
			'No ffmpeg on this machine (/nonexistent/ffmpeg): the layered renderer composites with it. Install it (Debian: sudo apt-get install ffmpeg; scripts/setup.sh does), point CITES_FFMPEG at one, or render with --renderer reference',
		);
	} finally {
		vi.unstubAllEnvs();
	}
});
