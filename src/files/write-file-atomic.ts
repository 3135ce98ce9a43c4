import {renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Writes next to the target under a temporary name, then renames: readers never see half a file. */
export const writeFileAtomic = (file: string, content: string): void => {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
	writeFileSync(temporary, content);
	renameSync(temporary, file);
};
