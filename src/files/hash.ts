import {createHash} from 'node:crypto';
import {readFileSync, statSync} from 'node:fs';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const fileHashes = new Map<string, string>();

/** sha256 of a file's bytes, remembered per path, size and mtime for the rest of the run. */
export const hashFile = (file: string): string => {
	const stat = statSync(file);
	const memo = `${file}|${stat.size}|${stat.mtimeMs}`;
	const known = fileHashes.get(memo);
	if (known) return known;
	const hash = sha256(readFileSync(file));
	fileHashes.set(memo, hash);
	return hash;
};

const byCodeUnit = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with sorted keys (by code unit, whatever the machine's locale), so equal data always hashes the same. */
export const stableStringify = (value: unknown): string =>
	JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(byCodeUnit))
			: v,
	);
