import React, {useMemo} from 'react';
import {useCurrentFrame, useVideoConfig} from 'remotion';
import type {Cue} from '../captions';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';
import {CAPTION_PADDING_X, getCaptionPages} from './caption-pages';

/** Captions sit on the lower part of the safe zone, where TikTok viewers expect them: their last line ends here. */
export const CAPTION_BOTTOM = SAFE_BOX.bottom - 40;
/** Line height of a caption page, in ems; a page has at most two lines. */
export const CAPTION_LINE_HEIGHT = 1.2;

type Props = {
	cues: readonly Cue[];
	font: BrandFont;
	fontSize: number;
	color: string;
	highlightColor: string;
};

/**
 * TikTok-style captions: pages of at most two lines, measured with the real font, with the
 * word being spoken highlighted. The fonts must be loaded before this mounts.
 */
export const CaptionTrack: React.FC<Props> = ({cues, font, fontSize, color, highlightColor}) => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const pages = useMemo(
		() => getCaptionPages({cues, font, fontSize}),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the font is its family and weight
		[cues, font.family, font.weight, fontSize],
	);
	const nowMs = (frame * 1000) / fps;
	const page = pages.find((p) => nowMs >= p.startMs && nowMs < p.endMs);
	if (!page) return null;
	return (
		<div
			data-safe="captions"
			style={{
				position: 'absolute',
				left: SAFE_BOX.left,
				width: SAFE_BOX.width,
				bottom: 1920 - CAPTION_BOTTOM,
				display: 'flex',
				flexDirection: 'column',
				alignItems: 'center',
				fontFamily: font.family,
				fontWeight: font.weight,
				fontSize,
				lineHeight: CAPTION_LINE_HEIGHT,
				color,
				textAlign: 'center',
			}}
		>
			{page.lines.map((line, lineIndex) => (
				<div key={lineIndex} style={{whiteSpace: 'pre', padding: `0 ${CAPTION_PADDING_X}px`}}>
					{line.map((word, wordIndex) => {
						const active = nowMs >= word.startMs && nowMs < word.endMs;
						return (
							<span
								key={wordIndex}
								style={{
									color: active ? highlightColor : color,
									// A hard outline drawn under the fill: readable on any footage, cheap without a GPU.
									WebkitTextStroke: `${Math.round(fontSize / 6)}px rgba(0, 0, 0, 0.9)`,
									paintOrder: 'stroke fill',
								}}
							>
								{wordIndex > 0 ? ' ' : ''}
								{word.text}
							</span>
						);
					})}
				</div>
			))}
		</div>
	);
};
