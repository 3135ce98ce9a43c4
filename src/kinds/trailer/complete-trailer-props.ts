import type {CutDownReport} from '../cut-down-report';
import {getCutCaptions} from '../teaser/get-cut-captions';
import {getSourceCues} from '../teaser/get-source-cues';
import {cutDownTrailer, type TrailerCutDown} from './cut-down-trailer';
import type {TrailerProps} from './schema';

/** The subtitle files of the clips that still lack their captions. */
export const listTrailerTextFiles = (props: TrailerProps): string[] => [
	...new Set(props.scenes.flatMap((s) => (s.type === 'clip' && !s.captions ? [s.subtitles] : []))),
];

/** A cut-down's scenes, from its episode's subtitle file; null when the props ask for none or the text is missing. */
const getCutDown = (props: TrailerProps, texts: ReadonlyMap<string, string>): TrailerCutDown | null => {
	const clip = props.scenes.find((s) => s.type === 'clip');
	const text = clip?.type === 'clip' ? texts.get(clip.subtitles) : undefined;
	if (!props.cutDown || clip?.type !== 'clip' || text === undefined) return null;
	const cues = getSourceCues({file: clip.subtitles, text, overrides: clip.captionOverrides});
	return cutDownTrailer({props, targetSeconds: props.cutDown.targetSeconds, cues});
};

/** What a cut-down trailer keeps and leaves out, for the check. */
export const explainTrailerCutDown = (props: TrailerProps, texts: ReadonlyMap<string, string>): CutDownReport | null =>
	getCutDown(props, texts)?.report ?? null;

/**
 * Every clip gets the captions of its own cut, from its episode's subtitle file; a cut-down
 * first chooses its cards and clips (and is then a trailer like any other).
 */
export const completeTrailerProps = (props: TrailerProps, texts: ReadonlyMap<string, string>): TrailerProps => {
	const {cutDown: asked, ...rest} = props;
	const cutDown = asked ? getCutDown(props, texts) : null;
	if (cutDown?.report.problem) throw new TypeError(`Trailer cut-down: ${cutDown.report.problem}`);
	const scenes = cutDown ? cutDown.scenes : props.scenes;
	return {
		...(cutDown ? rest : props),
		scenes: scenes.map((scene) => {
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
	};
};
