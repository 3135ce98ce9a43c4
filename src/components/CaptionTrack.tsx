import React, {useContext, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {Artifact, useCurrentFrame, useVideoConfig} from 'remotion';
import type {Cue} from '../captions';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';
import {CAPTION_PADDING_X, getCaptionPages} from './caption-pages';
import {findPageAt, getCaptionWordsFile, getCaptionWordsKey, isWordActive, type WordBox} from './caption-word-tracks';
import {TrackDrawingContext} from './track-drawing';

/** Captions sit on the lower part of the safe zone, where TikTok viewers expect them: their last line ends here. */
export const CAPTION_BOTTOM = SAFE_BOX.bottom - 40;
/** Line height of a caption page, in ems; a page has at most two lines. */
export const CAPTION_LINE_HEIGHT = 1.2;

type Props = {
	/** Its name in the layer hints (getCaptionParts): unique in the asset. */
	track: string;
	cues: readonly Cue[];
	font: BrandFont;
	fontSize: number;
	color: string;
	highlightColor: string;
};

/** Each word's ink in composition pixels: its text (not the space before it) and the stroke around it. */
const measureWordBoxes = (spans: HTMLElement[], stroke: number): WordBox[] => {
	const root = spans[0]?.closest('[data-safe-root]') ?? document.body;
	const origin = root.getBoundingClientRect();
	// In Studio the canvas is scaled to fit; renders are 1:1 (scale applies to pixels, not CSS).
	const scale = origin.width / 1080;
	const margin = stroke / 2 + 2;
	return spans.map((span) => {
		const range = document.createRange();
		range.selectNodeContents(span.lastChild ?? span);
		const rect = range.getBoundingClientRect();
		return {
			left: (rect.left - origin.left) / scale - margin,
			top: (rect.top - origin.top) / scale - margin,
			right: (rect.right - origin.left) / scale + margin,
			bottom: (rect.bottom - origin.top) / scale + margin,
		};
	});
};

/**
 * TikTok-style captions: pages of at most two lines, measured with the real font, with the
 * word being spoken highlighted. The fonts must be loaded before this mounts. In the layered
 * renderer's captures a page is drawn without highlight, and once alone with every word
 * highlighted, handing over each word's box: ffmpeg shows the spoken word from there
 * (getCaptionParts).
 */
export const CaptionTrack: React.FC<Props> = ({track, cues, font, fontSize, color, highlightColor}) => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const drawing = useContext(TrackDrawingContext);
	const pages = useMemo(
		() => getCaptionPages({cues, font, fontSize}),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the font is its family and weight
		[cues, font.family, font.weight, fontSize],
	);
	const nowMs = (frame * 1000) / fps;
	const pageIndex = findPageAt(pages, nowMs);
	const page = pages[pageIndex];
	const wordsKey = getCaptionWordsKey(track, pageIndex);
	const highlight = !drawing?.wordTracks ? 'spoken' : drawing.solo === wordsKey ? 'every' : 'none';
	const stroke = Math.round(fontSize / 6);
	const spans = useRef<HTMLElement[]>([]);
	const [boxes, setBoxes] = useState('[]');
	// After every render, as ContrastProbe: the same boxes give the same string, no loop.
	// eslint-disable-next-line react-hooks/exhaustive-deps
	useLayoutEffect(() => {
		if (highlight === 'every' && page) {
			setBoxes(JSON.stringify(measureWordBoxes(spans.current.slice(0, page.lines.flat().length), stroke)));
		}
	});
	if (!page) return null;
	let wordCount = 0;
	return (
		<div
			data-safe="captions"
			style={{
				visibility: highlight === 'every' ? 'visible' : undefined,
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
						const active = highlight === 'every' || (highlight === 'spoken' && isWordActive(word, nowMs));
						const n = wordCount++;
						return (
							<span
								key={wordIndex}
								ref={(span) => {
									if (span) spans.current[n] = span;
								}}
								style={{
									color: active ? highlightColor : color,
									// A hard outline drawn under the fill: readable on any footage, cheap without a GPU.
									WebkitTextStroke: `${stroke}px rgba(0, 0, 0, 0.9)`,
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
			{highlight === 'every' ? <Artifact filename={getCaptionWordsFile(wordsKey)} content={boxes} /> : null}
		</div>
	);
};
