import {existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, vi} from 'vitest';

const seen: {publicDir: string; publicFiles: string[]; outDir: string}[] = [];

vi.mock('@remotion/bundler', () => ({
	bundle: vi.fn(async ({publicDir, outDir}: {publicDir: string; outDir: string}) => {
		seen.push({publicDir, publicFiles: readdirSync(publicDir), outDir});
		mkdirSync(outDir, {recursive: true});
		writeFileSync(path.join(outDir, 'index.html'), '<html></html>');
		return outDir;
	}),
}));
vi.mock('@remotion/lambda', () => ({
	deploySiteFromBundle: vi.fn(async ({siteName}: {siteName: string}) => ({
		serveUrl: `https://bucket.s3.us-east-1.amazonaws.com/sites/${siteName}/index.html`,
		siteName,
		stats: {uploadedFiles: 7, deletedFiles: 0, untouchedFiles: 0},
	})),
}));

const {deploySiteBundle} = await import('../../../src/backends/lambda/deploy-site-bundle');
const {bundle} = await import('@remotion/bundler');
const {deploySiteFromBundle} = await import('@remotion/lambda');

test('the site is the bundle of the entry point with an empty public dir, never the campaign assets', async () => {
	const result = await deploySiteBundle({
		region: 'us-east-1',
		bucketName: 'remotionlambda-useast1-abc',
		siteName: 'cites-0123456789ab',
		entryPoint: '/project/src/index.ts',
	});
	expect(result).toEqual({
		serveUrl: 'https://bucket.s3.us-east-1.amazonaws.com/sites/cites-0123456789ab/index.html',
		uploadedFiles: 7,
	});
	expect(bundle).toHaveBeenCalledWith(expect.objectContaining({entryPoint: '/project/src/index.ts'}));
	expect(seen).toHaveLength(1);
	expect(seen[0]!.publicFiles).toEqual([]);
	expect(seen[0]!.publicDir).not.toMatch(/assets/);
	expect(deploySiteFromBundle).toHaveBeenCalledWith({
		region: 'us-east-1',
		bucketName: 'remotionlambda-useast1-abc',
		bundleDir: seen[0]!.outDir,
		siteName: 'cites-0123456789ab',
	});
	// The temporary bundle is gone afterwards.
	expect(existsSync(seen[0]!.outDir)).toBe(false);
});
