import {copyFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Writes next to the target under a temporary name, then renames: readers never see half a
 * file. When the write fails (a full disk), the temporary file goes and the target keeps
 * its previous content.
 */
export const writeFileAtomic = (file: string, content: string | Uint8Array): void =>
	throughTemporary(file, (temporary) => writeFileSync(temporary, content));

/** Copies a file the same way: the target is the old file or the whole new one, never half of one. */
export const copyFileAtomic = (source: string, file: string): void =>
	throughTemporary(file, (temporary) => copyFileSync(source, temporary));

const throughTemporary = (file: string, write: (temporary: string) => void): void => {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
	try {
		write(temporary);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
};
