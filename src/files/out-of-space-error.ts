import path from 'node:path';

const FFMPEG_NO_SPACE = /No space left on device|Disk quota exceeded/i;
const NO_SPACE_CODES = new Set(['ENOSPC', 'EDQUOT']);

type ErrorLike = {code?: unknown; path?: unknown; message?: unknown; stderr?: unknown; cause?: unknown};

/** The error and its causes, outermost first (Remotion and our ffmpeg runners wrap). */
const chainOf = (error: unknown): ErrorLike[] => {
	const chain: ErrorLike[] = [];
	for (let link = error; link && typeof link === 'object' && chain.length < 8; link = (link as ErrorLike).cause) {
		chain.push(link as ErrorLike);
	}
	return chain;
};

const textOf = (link: ErrorLike) =>
	[link.message, link.stderr].map((part) => (typeof part === 'string' ? part : '')).join('\n');

/** A write failed for lack of space: Node's ENOSPC (or a quota's EDQUOT), or ffmpeg saying so. */
export const isOutOfSpace = (error: unknown): boolean =>
	chainOf(error).some(
		(link) => (typeof link.code === 'string' && NO_SPACE_CODES.has(link.code)) || FFMPEG_NO_SPACE.test(textOf(link)),
	);

/**
 * The file the failed write was for, where the error tells: Node's `path`, or the absolute
 * path ffmpeg printed before "No space left on device". Null when it does not say.
 */
export const getOutOfSpaceFile = (error: unknown): string | null => {
	for (const link of chainOf(error)) {
		if (typeof link.path === 'string') return link.path;
		const printed = /(\/[^\s:'"]+)['"]?:\s*(?:No space left on device|Disk quota exceeded)/i.exec(textOf(link));
		if (printed) return printed[1]!;
	}
	return null;
};

/**
 * The disk (of out/ or of the temporary folder) filled up: the run stops at once, since
 * every next asset would fail the same way. What was finished stays, with its manifest entry.
 */
export class OutOfSpaceError extends Error {
	override readonly name = 'OutOfSpaceError';
	readonly file: string;
	/** About how much the rest of the run would still write; null where unknown. */
	readonly neededBytes: number | null;
	constructor({file, neededBytes, cause}: {file: string; neededBytes: number | null; cause?: unknown}) {
		const need =
			neededBytes === null ? '' : ` (the run needs about ${Math.max(1, Math.ceil(neededBytes / 1e6))} MB more)`;
		super(
			`out of disk space writing ${path.normalize(file)}: free some space${need} and run again; finished outputs are kept`,
			{cause},
		);
		this.file = file;
		this.neededBytes = neededBytes;
	}
}
