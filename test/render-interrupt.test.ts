import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {makeCampaignDir, PROJECT_DIR} from './helpers/make-campaign-dir';
import {runScript} from './helpers/run-cli';

/** Starts `npm run render` for real and sends it a signal once it is rendering frames. */
const renderAndInterrupt = (args: string[], signal: NodeJS.Signals) =>
	new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
		// The command a user types, so the signal goes through npm as Ctrl-C does.
		const child = spawn('npm', ['run', '--silent', 'render', '--', ...args], {
			cwd: PROJECT_DIR,
			env: {...process.env, NO_COLOR: '1'},
			// Its own process group, so SIGINT can go to the whole group as Ctrl-C in a
			// terminal does: Chromium and ffmpeg get it too.
			detached: true,
		});
		let stdout = '';
		let stderr = '';
		let sent = false;
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (!sent && stdout.includes('rendering')) {
				sent = true;
				// Let it get into the frames before pulling the plug.
				setTimeout(() => (signal === 'SIGINT' ? process.kill(-child.pid!, signal) : child.kill(signal)), 2500);
			}
		});
		child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
		child.on('exit', (code) => resolve({code, stdout, stderr}));
	});

describe('an interrupted render', () => {
	// SIGINT is what Ctrl-C sends; SIGTERM is what CI sends on cancel.
	test.each<NodeJS.Signals>(['SIGINT', 'SIGTERM'])(
		'%s mid-render leaves no partial file, and the next run completes it',
		async (signal) => {
			const {file} = makeCampaignDir();
			const out = mkdtempSync(path.join(tmpdir(), 'cites-out-'));
			// Two assets: while the first composites, Chrome already captures the second.
			const args = ['--campaign', file, '--only', 'ep04-header,ep05-header', '--out', out, '--scale', '0.25'];
			const interrupted = await renderAndInterrupt(args, signal);
			expect(interrupted.code).not.toBe(0);
			expect(interrupted.stderr).toContain(`${signal}: cancelling the render in flight`);
			expect(interrupted.stdout).toMatch(/Interrupted: [01] of 2 done; no partial file left\./);
			const media = () => readdirSync(out).filter((name) => /\.(mp4|jpg)$/.test(name) || name.includes('.partial'));
			expect(media()).toEqual([]);
			// Nor the layered renderer's work files (captures, pictures, sound), the next job's included.
			expect(readdirSync(tmpdir()).filter((name) => name.startsWith('cites-layers-ep0'))).toEqual([]);

			const resumed = runScript('render.ts', args);
			expect(resumed.status).toBe(0);
			expect(resumed.stdout).toMatch(/[12] to render/);
			expect(media().sort()).toEqual(['ep04-header.jpg', 'ep04-header.mp4', 'ep05-header.jpg', 'ep05-header.mp4']);
		},
	);
});
