import {getCutCaptions} from './get-cut-captions';
import type {TeaserProps} from './schema';

/** The subtitle file a teaser still needs: none once its captions are in the props. */
export const listTeaserTextFiles = (props: TeaserProps): string[] => (props.captions ? [] : [props.subtitles]);

/** The cut's captions, from the subtitle file's text. */
export const completeTeaserProps = (props: TeaserProps, texts: ReadonlyMap<string, string>): TeaserProps => {
	const text = texts.get(props.subtitles);
	if (props.captions || text === undefined) return props;
	return {
		...props,
		captions: getCutCaptions({
			file: props.subtitles,
			text,
			overrides: props.captionOverrides,
			segments: props.segments,
		}),
	};
};
