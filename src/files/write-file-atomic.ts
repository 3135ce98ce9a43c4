import {renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Writes next to the target under a temporary name, then renames: readers never see half a
 * file. When the write fails (a full disk), the temporary file goes and the target keeps
 * its previous content.
 */
export const writeFileAtomic = (file: string, content: string): void => {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
	try {
		writeFileSync(temporary, content);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
};
