import {type ChildProcess, spawn} from 'node:child_process';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {PROJECT_DIR} from '../helpers/make-campaign-dir';
import {launchChromium} from '../helpers/launch-chromium';

// A port of its own per run (the pid), so a leftover Studio never answers in its place.
// 3300–3599: clear of the ports Chrome refuses to load (3659 is one).
const PORT = 3300 + (process.pid % 300);
let studio: ChildProcess;

beforeAll(async () => {
	studio = spawn(
		path.join(PROJECT_DIR, 'node_modules', '.bin', 'remotion'),
		['studio', '--no-open', '--port', String(PORT)],
		{
			cwd: PROJECT_DIR,
			env: {...process.env, NO_COLOR: '1'},
			detached: true,
		},
	);
	await new Promise<void>((resolve, reject) => {
		let log = '';
		const timer = setTimeout(() => reject(new Error(`Studio did not start:\n${log}`)), 120_000);
		studio.stdout!.on('data', (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes('Server ready')) {
				clearTimeout(timer);
				resolve();
			}
		});
		studio.stderr!.on('data', (chunk: Buffer) => void (log += chunk.toString()));
	});
});

afterAll(() => {
	if (studio.pid) process.kill(-studio.pid, 'SIGTERM');
});

describe('Remotion Studio, as the creative team opens it', () => {
	test('starts, lists every asset in folders, and previews ep12-teaser with its footage and captions', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({viewport: {width: 1400, height: 900}});
			await page.goto(`http://localhost:${PORT}/ep12-teaser`);
			// The first visit compiles the bundle lazily: allow for it.
			const strip = page.locator('[data-safe="title-strip"]');
			await strip.waitFor({timeout: 120_000});
			expect(await strip.innerText()).toContain('Épisode 12');
			const folders = await page.locator('text=/^ep\\d\\d$/').allInnerTexts();
			expect(folders).toEqual(Array.from({length: 12}, (_, i) => `ep${String(i + 1).padStart(2, '0')}`));
			await page.locator('video, img, canvas').first().waitFor({timeout: 60_000});
			// Seek into the first cue and the caption page shows.
			await page.keyboard.press('Shift+ArrowRight');
			await page.locator('[data-safe="captions"]').waitFor({timeout: 60_000});
		} finally {
			await browser.close();
		}
	});
});
