import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {getCodeHash} from '../src/plan/get-code-hash';
import {listBundleInputs} from '../src/plan/list-bundle-inputs';
import {PROJECT_DIR} from '../src/plan/prepare-plan';

const locked = (version: string, more: object = {}) => ({version, integrity: `sha512-${version}`, ...more});

/** A project in miniature: what its bundle imports, what it does not, and a lockfile. */
const FILES: Record<string, string> = {
	'src/index.ts': "import './fonts.css';\nimport {Root} from './Root';\nexport default Root;\n",
	'src/Root.tsx': [
		"import React from 'react';",
		"import {z} from 'zod';",
		"import type {Props} from './props-type';",
		// A composition reaching into a folder that is usually Node-only: still in the bundle.
		"import {BRAND_RED} from './cli/brand-colour';",
		"const Lazy = React.lazy(() => import('./kinds/Lazy'));",
		'export const Root = (props: Props) => <Lazy color={BRAND_RED} title={z.string().parse(props.title)} />;',
	].join('\n'),
	'src/props-type.ts': 'export type Props = {title: string};\n',
	'src/kinds/Lazy.tsx':
		'export default (p: {color: string; title: string}) => <div style={{color: p.color}}>{p.title}</div>;\n',
	'src/cli/brand-colour.ts': "export const BRAND_RED = '#e30613';\n",
	'src/cli/run.ts':
		"import {readFileSync} from 'node:fs';\nimport fontkit from 'fontkit';\nexport const run = () => [readFileSync, fontkit];\n",
	'src/fonts.css': "@font-face {font-family: Anton; src: url('./fonts/anton.woff2');}\n",
	'src/fonts/anton.woff2': 'wOF2',
	// The loudness pass: Node-side, but it makes the delivered sound.
	'src/media/normalize-loudness.ts': "import {LUFS} from './lufs';\nexport const normalize = () => LUFS;\n",
	'src/media/lufs.ts': 'export const LUFS = -14;\n',
	'package.json': JSON.stringify({dependencies: {react: '19.0.0', zod: '4.0.0', fontkit: '2.0.4'}}),
	'package-lock.json': JSON.stringify({
		lockfileVersion: 3,
		packages: {
			'': {dependencies: {react: '19.0.0', zod: '4.0.0', fontkit: '2.0.4'}},
			'node_modules/react': locked('19.0.0', {dependencies: {scheduler: '^0.25.0'}}),
			'node_modules/scheduler': locked('0.25.0'),
			'node_modules/zod': locked('4.0.0'),
			'node_modules/fontkit': locked('2.0.4'),
			'node_modules/@remotion/bundler': locked('4.0.527'),
			'node_modules/@remotion/renderer': locked('4.0.527', {
				optionalDependencies: {
					'@remotion/compositor-linux-x64-gnu': '4.0.527',
					'@remotion/compositor-win32-x64-msvc': '4.0.527',
				},
			}),
			'node_modules/@remotion/compositor-linux-x64-gnu': locked('4.0.527'),
		},
	}),
};

const makeProject = (): string => {
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-code-'));
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
		writeFileSync(path.join(dir, file), text);
	}
	return dir;
};

const lockVersion = (name: string, version: string) => (dir: string) => {
	const file = path.join(dir, 'package-lock.json');
	const lockfile = JSON.parse(readFileSync(file, 'utf8'));
	lockfile.packages[`node_modules/${name}`].version = version;
	writeFileSync(file, JSON.stringify(lockfile));
};

const append = (file: string, text: string) => (dir: string) => appendFileSync(path.join(dir, file), text);

describe('the code hash covers exactly what the bundle contains', () => {
	test.each([
		{
			what: 'a file only a composition imports, in a Node-only folder',
			change: append('src/cli/brand-colour.ts', '//'),
			changes: true,
		},
		{what: 'a file the bundle loads lazily (import())', change: append('src/kinds/Lazy.tsx', '//'), changes: true},
		{what: 'a font the bundled CSS loads', change: append('src/fonts/anton.woff2', '0'), changes: true},
		{what: 'a Node-only file the bundle never imports', change: append('src/cli/run.ts', '//'), changes: false},
		{what: 'a file the loudness pass imports', change: append('src/media/lufs.ts', '//'), changes: true},
		{
			what: 'a Node-side file in a composition folder, which the bundle never imports',
			change: (dir: string) => writeFileSync(path.join(dir, 'src/kinds/measure-on-node.ts'), 'export const x = 1;'),
			changes: false,
		},
		{what: 'a file imported only for its types', change: append('src/props-type.ts', '//'), changes: false},
		{what: 'the locked version of a package the bundle imports', change: lockVersion('zod', '4.0.1'), changes: true},
		{
			what: 'the locked version of what that package depends on',
			change: lockVersion('scheduler', '0.25.1'),
			changes: true,
		},
		{
			what: "the locked version of the renderer's binaries",
			change: lockVersion('@remotion/compositor-linux-x64-gnu', '4.0.528'),
			changes: true,
		},
		{what: 'the locked version of a Node-only package', change: lockVersion('fontkit', '2.0.5'), changes: false},
	])('$what: changes the hash: $changes', ({change, changes}) => {
		const dir = makeProject();
		const before = getCodeHash(dir);
		change(dir);
		expect(getCodeHash(dir) !== before).toBe(changes);
	});

	test('a package the bundle imports but the lockfile lacks is named with the fix', () => {
		const dir = makeProject();
		appendFileSync(path.join(dir, 'src/Root.tsx'), "\nimport 'left-pad';\n");
		expect(() => getCodeHash(dir)).toThrowErrorMatchingInlineSnapshot(
			`[TypeError: The video bundle imports "left-pad", which package-lock.json does not list: run \`npm install left-pad\` so its version is locked.]`,
		);
	});

	test("this project's bundle: the compositions and what they import, no Node-side code", () => {
		const {files, packages} = listBundleInputs({projectDir: PROJECT_DIR, entry: 'src/index.ts'});
		expect(files).toEqual(expect.arrayContaining(['src/index.ts', 'src/Root.tsx', 'assets/cites.campaign.json']));
		expect(files.filter((file) => /^src\/(cli|plan|backends|media|qc|review|files)\//.test(file))).toEqual([]);
		expect(packages).toEqual(expect.arrayContaining(['react', 'remotion', 'zod']));
		expect(packages).not.toContain('@remotion/renderer');
	});
});
