import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {getOutOfSpaceFile, isOutOfSpace, OutOfSpaceError} from '../src/files/out-of-space-error';
import {copyFileAtomic, writeFileAtomic} from '../src/files/write-file-atomic';

/** What Node throws when a write finds the disk full. */
const enospc = (file: string) =>
	Object.assign(new Error(`ENOSPC: no space left on device, write`), {code: 'ENOSPC', path: file});

const fullDisk = vi.hoisted(() => ({on: false}));

vi.mock('node:fs', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs')>();
	return {
		...actual,
		// With the disk "full", a write gets half its bytes out, then fails as Node does.
		writeFileSync: (...args: Parameters<typeof actual.writeFileSync>) => {
			if (!fullDisk.on) return actual.writeFileSync(...args);
			const [file, data] = args;
			actual.writeFileSync(file, String(data).slice(0, 10));
			throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
		},
		copyFileSync: (...args: Parameters<typeof actual.copyFileSync>) => {
			if (!fullDisk.on) return actual.copyFileSync(...args);
			actual.writeFileSync(args[1], 'half');
			throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), {code: 'ENOSPC'});
		},
	};
});

describe('isOutOfSpace and getOutOfSpaceFile', () => {
	test.each<[string, unknown, boolean, string | null]>([
		['a Node write error', enospc('/srv/out/manifest.json'), true, '/srv/out/manifest.json'],
		['a quota error', Object.assign(new Error('EDQUOT'), {code: 'EDQUOT'}), true, null],
		[
			'ffmpeg naming the file',
			new Error('ffmpeg failed (exit 1): /tmp/cites-layers-x/pictures.mp4: No space left on device'),
			true,
			'/tmp/cites-layers-x/pictures.mp4',
		],
		[
			'ffmpeg without a file',
			new Error('ffmpeg failed (exit 1): av_interleaved_write_frame(): No space left on device\nError writing trailer'),
			true,
			null,
		],
		[
			'wrapped, with the ffmpeg log in stderr of the cause',
			new Error('Render failed', {cause: {stderr: 'Error writing trailer: No space left on device'}}),
			true,
			null,
		],
		[
			'another write error',
			Object.assign(new Error('EACCES'), {code: 'EACCES', path: '/srv/out/x'}),
			false,
			'/srv/out/x',
		],
		['a render error', new Error('ffmpeg failed (exit 1): Invalid data found when processing input'), false, null],
		['not an error', 'ENOSPC', false, null],
	])('%s', (_name, error, outOfSpace, file) => {
		expect(isOutOfSpace(error)).toBe(outOfSpace);
		expect(getOutOfSpaceFile(error)).toBe(file);
	});

	test('the message names the file, the space to free, and that finished outputs stay', () => {
		expect(new OutOfSpaceError({file: 'out/ep04-header.mp4', neededBytes: 12_300_000}).message).toBe(
			'out of disk space writing out/ep04-header.mp4: free some space (the run needs about 13 MB more) and run again; finished outputs are kept',
		);
		expect(new OutOfSpaceError({file: 'out/manifest.json', neededBytes: null}).message).toBe(
			'out of disk space writing out/manifest.json: free some space and run again; finished outputs are kept',
		);
	});
});

describe('writeFileAtomic on a full disk', () => {
	test('throws ENOSPC, leaves no temporary file, and the target keeps its content', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cites-full-'));
		const file = path.join(dir, 'manifest.json');
		writeFileSync(file, '{"version":2,"assets":[]}\n');
		fullDisk.on = true;
		try {
			expect(() => writeFileAtomic(file, '{"version":2,"assets":[{"id":"ep04-header"}]}\n')).toThrow(
				expect.objectContaining({code: 'ENOSPC'}),
			);
		} finally {
			fullDisk.on = false;
		}
		expect(readdirSync(dir)).toEqual(['manifest.json']);
		expect(readFileSync(file, 'utf8')).toBe('{"version":2,"assets":[]}\n');
	});
});

describe('copyFileAtomic on a full disk (merge-shards copies outputs with it)', () => {
	test('throws ENOSPC, leaves no temporary file, and the earlier output keeps its bytes', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cites-full-'));
		const file = path.join(dir, 'ep04-header.mp4');
		const source = path.join(dir, 'new.mp4');
		writeFileSync(file, 'the earlier good render');
		writeFileSync(source, 'the new render');
		fullDisk.on = true;
		try {
			expect(() => copyFileAtomic(source, file)).toThrow(expect.objectContaining({code: 'ENOSPC'}));
		} finally {
			fullDisk.on = false;
		}
		expect(readdirSync(dir).sort()).toEqual(['ep04-header.mp4', 'new.mp4']);
		expect(readFileSync(file, 'utf8')).toBe('the earlier good render');
		copyFileAtomic(source, file);
		expect(readFileSync(file, 'utf8')).toBe('the new render');
	});
});
