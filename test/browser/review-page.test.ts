import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, test} from 'vitest';
import {type CliIo, runRenderCli} from '../../src/cli/run-render-cli';
import {launchChromium} from '../helpers/launch-chromium';
import {makeCampaignDir} from '../helpers/make-campaign-dir';

describe('the review page, as the team opens it from disk', () => {
	test('shows one card per rendered asset with its poster loaded and its video playable', async () => {
		const {file} = makeCampaignDir();
		const out = mkdtempSync(path.join(tmpdir(), 'cites-review-'));
		const io: CliIo = {stdout: () => undefined, stderr: () => undefined, isTty: false};
		const status = await runRenderCli(
			['--campaign', file, '--only', 'ep02-header,series-header', '--out', out, '--scale', '0.25'],
			io,
			{
				onInterrupt: () => undefined,
			},
		);
		expect(status).toBe(0);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const external: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith('file:')) external.push(request.url());
			});
			await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
			expect(await page.locator('article.card').count()).toBe(2);
			for (const id of ['series-header', 'ep02-header']) {
				const card = page.locator(`article.card[data-id="${id}"]`);
				const video = card.locator('video');
				const poster = await video.getAttribute('poster');
				expect(poster).toBeTruthy();
				// The poster is a real image on disk that the browser decodes.
				const posterWidth = await page.evaluate(
					(src) =>
						new Promise<number>((resolve) => {
							const image = new Image();
							image.onload = () => resolve(image.naturalWidth);
							image.onerror = () => resolve(0);
							image.src = src;
						}),
					new URL(poster!, page.url()).href,
				);
				expect(posterWidth).toBeGreaterThan(0);
				// And the video plays: metadata loads and time advances.
				const played = await video.evaluate(
					(element: HTMLVideoElement) =>
						new Promise<boolean>((resolve) => {
							element.muted = true;
							element.preload = 'auto';
							element.addEventListener('timeupdate', () => resolve(element.currentTime > 0), {once: true});
							element.addEventListener('error', () => resolve(false), {once: true});
							void element.play().catch(() => resolve(false));
						}),
				);
				expect(played, id).toBe(true);
			}
			expect(external).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
