import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import type {Backend} from '../src/backends/backend';
import {runJobs} from '../src/cli/run-jobs';
import type {PlannedJob} from '../src/plan/plan-render';

const job = (id: string) =>
	({
		id,
		kind: 'teaser',
		episode: 1,
		action: 'render',
		settings: {cover: null, normalizeLoudness: false, scale: 1},
		contentKey: id,
		contentKeyInputs: {},
	}) as unknown as PlannedJob;

test('while a job renders, the backend is told which job comes next (none after the last)', async () => {
	const told: string[] = [];
	let rendering = '';
	const backend: Backend = {
		id: 'local:layered',
		open: async () => undefined,
		render: async (j) => {
			rendering = j.id;
			throw new Error('no video here');
		},
		prepare: (next) => void told.push(`${rendering} → ${next.id}`),
		recover: async () => undefined,
		close: async () => undefined,
	};
	const {outcomes} = await runJobs({
		campaign: {campaign: 'c.json', timeZone: 'Europe/Paris'},
		plan: [job('ep01-teaser'), job('ep02-teaser'), job('ep03-teaser')],
		outDir: path.join(mkdtempSync(path.join(tmpdir(), 'cites-out-')), 'out'),
		backend,
		reporter: {start: () => undefined, frames: () => undefined, retry: () => undefined, done: () => undefined},
		interrupt: {requested: false, cancelCurrent: () => undefined},
	});
	expect(outcomes.map((o) => o.entry?.status)).toEqual(['failed', 'failed', 'failed']);
	// Each job is tried twice; each try tells the same next job.
	expect(told).toEqual([
		'ep01-teaser → ep02-teaser',
		'ep01-teaser → ep02-teaser',
		'ep02-teaser → ep03-teaser',
		'ep02-teaser → ep03-teaser',
	]);
});
