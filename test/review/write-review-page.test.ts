import {RenderInternals} from '@remotion/renderer';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {sha256} from '../../src/files/hash';
import type {Manifest, ManifestEntry} from '../../src/plan/manifest';
import {writeReviewPage} from '../../src/review/write-review-page';
import {probe} from '../helpers/probe';
import {makeManifestEntry} from './make-manifest-entry';

const ffmpeg = (args: string[]) =>
	RenderInternals.callFf({
		bin: 'ffmpeg',
		args: ['-hide_banner', '-loglevel', 'error', '-y', ...args],
		indent: false,
		logLevel: 'error',
		binariesDirectory: null,
		cancelSignal: undefined,
	});

// Remotion's minimal ffmpeg has no lavfi `color` device, but filter sources work in a filter graph.
const makeVideo = (file: string, seconds: number) =>
	ffmpeg(['-filter_complex', `nullsrc=s=540x960:d=${seconds}:r=30,format=yuv420p`, '-c:v', 'libx264', file]);

const entryFor = (outDir: string, id: string, extra: Partial<ManifestEntry>): ManifestEntry =>
	makeManifestEntry({
		id,
		fileHash: sha256(readFileSync(path.join(outDir, `${id}.mp4`))),
		bytes: statSync(path.join(outDir, `${id}.mp4`)).size,
		...extra,
	});

const writeManifest = (outDir: string, assets: ManifestEntry[]) => {
	const manifest: Manifest = {
		version: 2,
		campaign: 'campaign.json',
		timeZone: 'UTC',
		updatedAt: new Date().toISOString(),
		assets,
	};
	writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
};

const reviewFiles = (outDir: string) => readdirSync(path.join(outDir, 'review')).sort();

describe('writeReviewPage on real files', () => {
	const outDir = mkdtempSync(path.join(tmpdir(), 'cites-review-'));
	let header: ManifestEntry;
	let teaser: ManifestEntry;
	let html: string;

	beforeAll(async () => {
		await makeVideo(path.join(outDir, 'ep01-teaser.mp4'), 1);
		await makeVideo(path.join(outDir, 'series-header.mp4'), 1);
		await ffmpeg([
			'-i',
			path.join(outDir, 'series-header.mp4'),
			'-frames:v',
			'1',
			path.join(outDir, 'series-header.jpg'),
		]);
		teaser = entryFor(outDir, 'ep01-teaser', {durationInSeconds: 1});
		header = entryFor(outDir, 'series-header', {
			kind: 'header',
			episode: null,
			cover: 'series-header.jpg',
			durationInSeconds: 1,
		});
		writeManifest(outDir, [teaser, header]);
		const page = await writeReviewPage({outDir, timeZone: 'UTC'});
		expect(page).toBe(path.join(outDir, 'index.html'));
		html = readFileSync(page, 'utf8');
	});

	test('makes a poster and six contact-sheet JPEGs per asset, named after the file hash', async () => {
		const stem = `ep01-teaser.${teaser.fileHash!.slice(0, 12)}`;
		expect(reviewFiles(outDir)).toEqual(
			expect.arrayContaining([`${stem}.poster.jpg`, ...[1, 2, 3, 4, 5, 6].map((i) => `${stem}.${i}.jpg`)]),
		);
		expect(reviewFiles(outDir)).toHaveLength(2 * 7 + 2); // and review.json, and the craft section's folder
		const frame = await probe(path.join(outDir, 'review', `${stem}.3.jpg`));
		expect(frame.streams[0]).toMatchObject({codec_name: 'mjpeg', width: 180, height: 320});
		const poster = await probe(
			path.join(outDir, 'review', `series-header.${header.fileHash!.slice(0, 12)}.poster.jpg`),
		);
		expect(poster.streams[0]).toMatchObject({codec_name: 'mjpeg', width: 360, height: 640});
	});

	test('every picture, video and link on the page is a file next to it', () => {
		const urls = [...html.matchAll(/(?:src|href|poster)="([^"#][^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
		expect(urls.length).toBeGreaterThan(14);
		for (const url of urls) expect(existsSync(path.join(outDir, url)), url).toBe(true);
		expect(html.match(/<article /g)).toHaveLength(2);
	});

	test('a second run with nothing new makes no picture again', async () => {
		const pictures = () =>
			reviewFiles(outDir)
				.filter((f) => f.endsWith('.jpg'))
				.map((f) => [f, statSync(path.join(outDir, 'review', f)).mtimeMs]);
		const before = pictures();
		await writeReviewPage({outDir, timeZone: 'UTC'});
		expect(pictures()).toEqual(before);
		expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Premier rendu vu par cette page.');
	});

	test('a new render replaces its pictures and says which inputs changed', async () => {
		const oldStem = `ep01-teaser.${teaser.fileHash!.slice(0, 12)}`;
		await makeVideo(path.join(outDir, 'ep01-teaser.mp4'), 2);
		const newer = entryFor(outDir, 'ep01-teaser', {
			durationInSeconds: 2,
			renderedAt: '2027-01-11T09:00:00.000Z',
			inputs: {...teaser.inputs, props: 'p2'},
		});
		writeManifest(outDir, [newer, header]);
		await writeReviewPage({outDir, timeZone: 'UTC'});
		const files = reviewFiles(outDir);
		expect(files.filter((f) => f.startsWith(oldStem))).toEqual([]);
		expect(files.filter((f) => f.startsWith(`ep01-teaser.${newer.fileHash!.slice(0, 12)}`))).toHaveLength(7);
		expect(files.some((f) => f.includes('partial'))).toBe(false);
		const page = readFileSync(path.join(outDir, 'index.html'), 'utf8');
		expect(page).toContain('Depuis le rendu du 10/01/2027 09:00:00, changé : <strong><code>props</code></strong>');
		expect(page).toContain('fichier différent');
	});
});
