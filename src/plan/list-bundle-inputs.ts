import {buildSync} from 'esbuild';
import {isBuiltin} from 'node:module';
import path from 'node:path';

export type BundleInputs = {
	/** Every file the bundle is made of, relative to the project with `/`, sorted. */
	files: string[];
	/** The npm packages those files import (`react`, `@remotion/media`), sorted. */
	packages: string[];
};

/** Files a composition may import besides code: they end up in the bundle as they are. */
const ASSET_EXTENSIONS = [
	'.woff',
	'.woff2',
	'.ttf',
	'.otf',
	'.png',
	'.jpg',
	'.jpeg',
	'.gif',
	'.webp',
	'.avif',
	'.svg',
	'.mp3',
	'.wav',
	'.m4a',
	'.mp4',
	'.webm',
];

const getPackageName = (specifier: string): string =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

/**
 * Follows the imports of the video bundle from its entry, as the bundler does: relative
 * imports (ts, tsx, js, json, css and what css loads, index files, dynamic `import()`),
 * minus type-only imports, which leave nothing in the bundle. esbuild only reads and
 * resolves here (packages stay outside, nothing is written): about 100 ms.
 */
export const listBundleInputs = ({projectDir, entry}: {projectDir: string; entry: string}): BundleInputs => {
	const {metafile} = buildSync({
		absWorkingDir: projectDir,
		entryPoints: [entry],
		bundle: true,
		write: false,
		metafile: true,
		packages: 'external',
		format: 'esm',
		outdir: 'list-bundle-inputs',
		logLevel: 'silent',
		loader: Object.fromEntries(ASSET_EXTENSIONS.map((extension) => [extension, 'empty' as const])),
	});
	const packages = Object.values(metafile.inputs).flatMap((input) =>
		input.imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => getPackageName(i.path)),
	);
	return {
		files: Object.keys(metafile.inputs)
			.map((file) => file.split(path.sep).join('/'))
			.sort(),
		packages: [...new Set(packages)].sort(),
	};
};
