import {closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync} from 'node:fs';
import {hostname} from 'node:os';
import path from 'node:path';

export const LOCK_NAME = '.render.lock';

/** What the lock file holds: who writes to the folder, since when. */
export type LockHolder = {pid: number; host: string; startedAt: string; command: string};

/** A lock file that cannot be read yet is being written by its taker, unless it is older than this. */
const UNREADABLE_GRACE_MS = 10_000;

/** Another run writes to the folder: exit 2, the message says whose run it is and what to do. */
export class OutDirLockedError extends Error {
	override readonly name = 'OutDirLockedError';
	readonly holder: LockHolder | null;
	constructor({outDir, lockFile, holder}: {outDir: string; lockFile: string; holder: LockHolder | null}) {
		const who = holder
			? `another ${holder.command} (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${holder.startedAt})`
			: 'another run';
		const other =
			holder && holder.host !== hostname() ? `; if it no longer runs on ${holder.host}, delete ${lockFile}` : '';
		super(`${who} is writing to ${outDir.replace(/\/+$/, '')}/; wait for it or pass a different --out${other}`);
		this.holder = holder;
	}
}

export type OutDirLock = {
	/** The stale lock this run took over (its process had ended), for a notice. */
	tookOverFrom: LockHolder | null;
	/** Removes the lock if it is still this run's. Safe to call twice. */
	release: () => void;
};

const isAlive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM'; // Alive, someone else's.
	}
};

/** Creates the lock file only if there is none; a failed write (a full disk) leaves no empty lock behind. */
const tryCreate = (lockFile: string, content: string): boolean => {
	let fd: number;
	try {
		fd = openSync(lockFile, 'wx');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
	try {
		writeSync(fd, content);
	} catch (error) {
		closeSync(fd);
		rmSync(lockFile, {force: true});
		throw error;
	}
	closeSync(fd);
	return true;
};

type Found = {state: 'gone'} | {state: 'held' | 'stale'; holder: LockHolder | null};

const inspect = (lockFile: string): Found => {
	let text: string;
	let ageMs: number;
	try {
		text = readFileSync(lockFile, 'utf8');
		ageMs = Date.now() - statSync(lockFile).mtimeMs;
	} catch {
		return {state: 'gone'}; // Released between our two looks.
	}
	let holder: LockHolder | null = null;
	try {
		const parsed = JSON.parse(text) as Partial<LockHolder>;
		if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
			holder = {
				pid: parsed.pid,
				host: parsed.host,
				startedAt: String(parsed.startedAt),
				command: String(parsed.command ?? 'run'),
			};
		}
	} catch {
		// Unreadable: judged by its age below.
	}
	if (!holder) return {state: ageMs > UNREADABLE_GRACE_MS ? 'stale' : 'held', holder: null};
	// A process on another machine (a shared folder) cannot be checked: it is taken as running.
	return {state: holder.host === hostname() && !isAlive(holder.pid) ? 'stale' : 'held', holder};
};

/**
 * Makes this process the only writer of an output folder: `<outDir>/.render.lock`, created
 * with O_EXCL, holds its pid, host and start time. A second run refuses (OutDirLockedError)
 * instead of interleaving manifest writes or sweeping the first one's temporary files. A
 * lock whose process has ended on this host (a killed run) is taken over.
 */
export const lockOutDir = ({outDir, command}: {outDir: string; command: string}): OutDirLock => {
	mkdirSync(outDir, {recursive: true});
	const lockFile = path.join(outDir, LOCK_NAME);
	const content = `${JSON.stringify({pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command} satisfies LockHolder)}\n`;
	let tookOverFrom: LockHolder | null = null;
	for (let attempt = 1; !tryCreate(lockFile, content); attempt++) {
		const found = inspect(lockFile);
		if (found.state === 'gone' && attempt < 3) continue;
		if (found.state !== 'stale' || attempt >= 3) {
			throw new OutDirLockedError({outDir, lockFile, holder: found.state === 'gone' ? null : found.holder});
		}
		rmSync(lockFile, {force: true});
		tookOverFrom = found.holder ?? {pid: 0, host: 'unknown', startedAt: 'unknown', command: 'run'};
	}
	return {
		tookOverFrom,
		release: () => {
			try {
				if (readFileSync(lockFile, 'utf8') === content) rmSync(lockFile, {force: true});
			} catch {
				// Already gone.
			}
		},
	};
};
