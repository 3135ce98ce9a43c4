import {cutDownTeaser} from './cut-down-teaser';
import {getCutCaptions} from './get-cut-captions';
import {getSourceCues} from './get-source-cues';
import type {TeaserProps} from './schema';
import type {CutDownReport} from '../cut-down-report';

/** The subtitle file a teaser still needs: none once its captions are in the props. */
export const listTeaserTextFiles = (props: TeaserProps): string[] => (props.captions ? [] : [props.subtitles]);

/** What a cut-down teaser keeps of its episode, from the subtitle file's text; null when it is no cut-down. */
export const explainTeaserCutDown = (props: TeaserProps, texts: ReadonlyMap<string, string>): CutDownReport | null => {
	const text = texts.get(props.subtitles);
	if (!props.cutDown || text === undefined) return null;
	const cues = getSourceCues({file: props.subtitles, text, overrides: props.captionOverrides});
	return cutDownTeaser({segments: props.segments, targetSeconds: props.cutDown.targetSeconds, cues});
};

/**
 * The cut's captions, from the subtitle file's text; a cut-down first chooses its segments
 * (and is then a teaser like any other: its props no longer ask for a cut-down).
 */
export const completeTeaserProps = (props: TeaserProps, texts: ReadonlyMap<string, string>): TeaserProps => {
	const text = texts.get(props.subtitles);
	if (props.captions || text === undefined) return props;
	const {cutDown, ...rest} = props;
	const report = cutDown ? explainTeaserCutDown(props, texts) : null;
	if (report?.problem) throw new TypeError(`Teaser cut-down: ${report.problem}`);
	const segments = report ? report.segments : props.segments;
	return {
		...rest,
		segments,
		captions: getCutCaptions({file: props.subtitles, text, overrides: props.captionOverrides, segments}),
	};
};
