import {readFileSync} from 'node:fs';
import path from 'node:path';

/** The text of a subtitle fixture, exactly as on disk (BOM and line ends included). */
export const readFixture = (name: string): string =>
	readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'subtitles', name), 'utf8');
