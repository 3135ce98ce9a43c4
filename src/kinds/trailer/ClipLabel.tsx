import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {CAPTION_BOTTOM, CAPTION_LINE_HEIGHT} from '../../components/CaptionTrack';
import {useEntrance} from '../../components/use-entrance';
import {useFitText} from '../../components/use-fit-text';
import {SAFE_BOX} from '../../specs/safe-zone';
import {CLIP_LABEL_DELAY} from './card-motion';
import {getClipLabelPlacement} from './get-clip-label-placement';
import type {ClipScene} from './schema';

const PADDING_X = 26;
const BORDER = 10;

/**
 * The card over a clip, in the corner of the safe zone the campaign chose (default: bottom
 * left, above the captions): the episode (episode trailer), or the place and the figure it
 * is named after (series trailer). Solid, so it reads on any footage.
 */
export const ClipLabel: React.FC<{label: ClipScene['label']; brand: Brand; captionFontSize: number}> = ({
	label,
	brand,
	captionFontSize,
}) => {
	const entrance = useEntrance(CLIP_LABEL_DELAY);
	const place = getClipLabelPlacement({
		position: label.position,
		captionFontSize,
		captionBottom: CAPTION_BOTTOM,
		captionLineHeight: CAPTION_LINE_HEIGHT,
	});
	const {display, bodyBold} = brand.fonts;
	// A long place name gets smaller rather than cut: it is what the series trailer is showing.
	const title = useFitText({
		text: label.title.toUpperCase(),
		font: display,
		maxLines: 1,
		maxFontSize: 64,
		maxBoxWidth: SAFE_BOX.width - 2 * PADDING_X - BORDER,
	});
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	const line: React.CSSProperties = {whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis'};
	return (
		<div
			data-safe="clip-label"
			style={{
				...entrance,
				position: 'absolute',
				[place.side]: place.sideOffset,
				[place.edge]: place.edgeOffset,
				maxWidth: SAFE_BOX.width,
				// Padding and border inside the width: the box never leaves x 90–900.
				boxSizing: 'border-box',
				padding: `16px ${PADDING_X}px 18px`,
				backgroundColor: brand.colors.background,
				// The accent edge faces the frame's side, the text lines up with it.
				[place.side === 'left' ? 'borderLeft' : 'borderRight']: `${BORDER}px solid ${brand.colors.accent}`,
				textAlign: place.side,
				color: brand.colors.text,
			}}
		>
			<div
				style={{
					...bold,
					...line,
					fontSize: 28,
					letterSpacing: 4,
					textTransform: 'uppercase',
					color: brand.colors.accent,
				}}
			>
				{label.kicker}
			</div>
			<div style={{...line, fontFamily: display.family, fontSize: title.fontSize, lineHeight: 1.1, marginTop: 4}}>
				{title.lines.join(' ')}
			</div>
			{label.detail ? <div style={{...bold, ...line, fontSize: 30, opacity: 0.9}}>{label.detail}</div> : null}
		</div>
	);
};
