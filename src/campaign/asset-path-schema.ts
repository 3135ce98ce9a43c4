import {z} from 'zod';

/**
 * A file the campaign points at: relative to the campaign file, forward slashes, no `..`.
 * That the file exists and stays inside the assets folder (no symlink leading out)
 * is checked in Node by check-asset-files.ts; this schema only checks the shape.
 */
export const zAssetPath = (extensions: readonly string[]) =>
	z
		.string()
		.min(1, {error: 'is empty; give a path relative to the campaign file'})
		.refine((value) => !value.startsWith('/') && !/^[a-zA-Z]:/.test(value), {
			error: 'is an absolute path; give a path relative to the campaign file, e.g. "footage/ep01.mp4"',
		})
		.refine((value) => !value.includes('\\'), {
			error: 'uses backslashes; use forward slashes, e.g. "footage/ep01.mp4"',
		})
		.refine((value) => !value.split('/').includes('..'), {
			error: 'climbs out with ".."; keep the file inside the assets folder and point at it from there',
		})
		.refine((value) => extensions.some((ext) => value.toLowerCase().endsWith(ext)), {
			error: `has the wrong file type; expected ${extensions.join(', ')}`,
		});

export const VIDEO_EXTENSIONS = ['.mp4', '.mov', '.webm'] as const;
export const SUBTITLE_EXTENSIONS = ['.srt', '.vtt', '.json'] as const;
export const AUDIO_EXTENSIONS = ['.m4a', '.mp3', '.wav', '.aac', '.ogg'] as const;
export const FONT_EXTENSIONS = ['.woff2', '.woff', '.ttf', '.otf'] as const;
