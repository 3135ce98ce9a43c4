import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LambdaApi} from './lambda-api';

/**
 * Bundles the compositions and uploads the bundle as a Remotion site. The public dir is an
 * empty folder, never the campaign's assets: a site is public-read, and media reach a
 * Lambda render only as presigned URLs. Remotion's deploySite is deprecated for this
 * pair (bundle, then deploySiteFromBundle).
 */
export const deploySiteBundle: LambdaApi['deploySite'] = async ({region, bucketName, siteName, entryPoint}) => {
	const [{bundle}, {deploySiteFromBundle}] = await Promise.all([
		import('@remotion/bundler'),
		import('@remotion/lambda'),
	]);
	const work = mkdtempSync(path.join(tmpdir(), 'cites-site-'));
	try {
		const publicDir = path.join(work, 'empty-public');
		mkdirSync(publicDir);
		const bundleDir = await bundle({entryPoint, publicDir, outDir: path.join(work, 'bundle'), enableCaching: true});
		const {serveUrl, stats} = await deploySiteFromBundle({region, bucketName, bundleDir, siteName});
		return {serveUrl, uploadedFiles: stats.uploadedFiles};
	} finally {
		rmSync(work, {recursive: true, force: true});
	}
};
