import type {OnArtifact} from '@remotion/renderer';

/** Collects the JSON artifacts a capture call hands over (boxes measured in the browser), by file name. */
export const collectJsonArtifacts = <T>(): {files: Map<string, T>; onArtifact: OnArtifact} => {
	const files = new Map<string, T>();
	return {
		files,
		onArtifact: (artifact) => {
			files.set(artifact.filename, JSON.parse(Buffer.from(artifact.content).toString('utf8')) as T);
		},
	};
};
