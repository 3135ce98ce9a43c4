import path from 'node:path';
import type {JobMedia} from '../../kinds/render-job';

/**
 * Where a media file lives in the bucket: named by its content, so the same bytes are
 * uploaded once whatever their file name, and the key tells nothing of the episode. The
 * extension stays for the content type.
 */
export const getMediaKey = (media: Pick<JobMedia, 'path' | 'sha256'>): string =>
	`media/${media.sha256}${path.extname(media.path).toLowerCase()}`;
