import path from 'node:path';

/** By extension: the types browsers want for video, sound, fonts and subtitles (the extensions jobs list). */
const CONTENT_TYPES: Record<string, string> = {
	'.mp4': 'video/mp4',
	'.mov': 'video/quicktime',
	'.webm': 'video/webm',
	'.m4a': 'audio/mp4',
	'.mp3': 'audio/mpeg',
	'.wav': 'audio/wav',
	'.aac': 'audio/aac',
	'.ogg': 'audio/ogg',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.srt': 'text/plain; charset=utf-8',
	'.vtt': 'text/vtt; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
};

export const getMediaContentType = (file: string): string =>
	CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
