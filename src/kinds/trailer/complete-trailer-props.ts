import {getCutCaptions} from '../teaser/get-cut-captions';
import type {TrailerProps} from './schema';

/** The subtitle files of the clips that still lack their captions. */
export const listTrailerTextFiles = (props: TrailerProps): string[] => [
	...new Set(props.scenes.flatMap((s) => (s.type === 'clip' && !s.captions ? [s.subtitles] : []))),
];

/** Every clip gets the captions of its own cut, from its episode's subtitle file. */
export const completeTrailerProps = (props: TrailerProps, texts: ReadonlyMap<string, string>): TrailerProps => ({
	...props,
	scenes: props.scenes.map((scene) => {
		const text = scene.type === 'clip' ? texts.get(scene.subtitles) : undefined;
		if (scene.type !== 'clip' || scene.captions || text === undefined) return scene;
		return {
			...scene,
			captions: getCutCaptions({
				file: scene.subtitles,
				text,
				overrides: scene.captionOverrides,
				segments: [{startMs: scene.startMs, endMs: scene.endMs}],
			}),
		};
	}),
});
