import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {PROJECT_DIR} from './helpers/make-campaign-dir';

type Step = {uses?: string; run?: string; with?: Record<string, unknown>};
type Job = {needs?: string | string[]; steps: Step[]; strategy?: {matrix: {shard: number[]}}};

const workflow = parse(readFileSync(path.join(PROJECT_DIR, '.github/workflows/render.yml'), 'utf8')) as {
	jobs: Record<string, Job>;
};
const scripts = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')).scripts as Record<
	string,
	string
>;

describe('the GitHub Actions render workflow', () => {
	test('every job checks out, and every npm script it runs exists', () => {
		for (const [name, job] of Object.entries(workflow.jobs)) {
			expect(job.steps[0]?.uses, name).toMatch(/^actions\/checkout@v\d+$/);
			for (const step of job.steps) {
				for (const script of step.run?.matchAll(/npm run ([\w-]+)/g) ?? [])
					expect(Object.keys(scripts), `${name}: ${step.run}`).toContain(script[1]);
			}
		}
	});

	test('renders the campaign in a shard matrix whose size matches --shard K/N', () => {
		const render = workflow.jobs.render!;
		const shards = render.strategy!.matrix.shard;
		expect(shards).toEqual(Array.from({length: shards.length}, (_, i) => i + 1));
		const renderStep = render.steps.find((s) => s.run?.includes('npm run render'))!;
		expect(renderStep.run).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
		expect(render.steps.some((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === 'out-shard')).toBe(true);
	});

	test('merges every shard and uploads out/ as an artifact, after the tests pass', () => {
		const merge = workflow.jobs.merge!;
		expect(merge.needs).toBe('render');
		expect(workflow.jobs.render!.needs).toBe('test');
		const mergeStep = merge.steps.find((s) => s.run?.includes('merge-shards'))!;
		const shardCount = workflow.jobs.render!.strategy!.matrix.shard.length;
		for (let k = 1; k <= shardCount; k++) expect(mergeStep.run).toContain(`shards/shard-${k}`);
		expect(merge.steps.at(-1)).toMatchObject({
			uses: expect.stringMatching(/^actions\/upload-artifact@/),
			with: {path: 'out'},
		});
	});
});
