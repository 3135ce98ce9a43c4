import {staticFile} from 'remotion';

/**
 * A media path of the props as the browser loads it: a file of the assets folder, or the
 * URL a backend put in its place (Lambda's presigned URLs).
 */
export const resolveMediaSrc = (file: string): string => (/^https?:\/\//.test(file) ? file : staticFile(file));
