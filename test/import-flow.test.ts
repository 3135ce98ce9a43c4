import {ESLint} from 'eslint';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {PROJECT_DIR} from './helpers/make-campaign-dir';

const eslint = new ESLint({cwd: PROJECT_DIR});

/** The messages `npm run lint` gives for a file of that path and content. */
const lint = async (file: string, code: string) => {
	const [result] = await eslint.lintText(code, {filePath: path.join(PROJECT_DIR, file)});
	return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('imports go down the flow only (npm run lint)', () => {
	test.each([
		{
			file: 'src/qc/planted.ts',
			code: "export {readManifest} from '../plan/manifest';\n",
			why: /src\/qc may only import/,
		},
		{file: 'src/plan/planted.ts', code: "export {runJobs} from '../cli/run-jobs';\n", why: /src\/plan may only import/},
		{
			file: 'src/backends/lambda/planted.ts',
			code: "export {planRender} from '../../plan/plan-render';\n",
			why: /src\/backends may only import/,
		},
		{
			file: 'src/backends/local/planted.ts',
			code: "export * from '../lambda/lambda-backend';\n",
			why: /does not import src\/backends\/lambda/,
		},
		{file: 'src/kinds/planted.ts', code: "export {hashFile} from '../files/hash';\n", why: /no Node-only code/},
		{
			file: 'src/kinds/planted.ts',
			code: "export {KINDS_FOLDER} from '../plan/prepare-plan';\n",
			why: /src\/kinds may only import/,
		},
		{file: 'src/timeline/planted.ts', code: "export {readFileSync} from 'node:fs';\n", why: /no Node APIs/},
		{file: 'src/Root2.tsx', code: "export {preparePlan} from './plan/prepare-plan';\n", why: /never Node code/},
	])('a planted back import in $file fails', async ({file, code, why}) => {
		const messages = await lint(file, code);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(why);
	});

	test.each([
		{file: 'src/qc/planted.ts', code: "export {getKindModule} from '../kinds/registry';\n"},
		{file: 'src/cli/planted.ts', code: "export {readManifest} from '../plan/manifest';\n"},
		{file: 'src/backends/local/planted.ts', code: "export type {Backend} from '../backend';\n"},
	])('an import down the flow in $file passes', async ({file, code}) => {
		expect(await lint(file, code)).toEqual([]);
	});
});
