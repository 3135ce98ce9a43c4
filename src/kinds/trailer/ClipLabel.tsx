import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {useEntrance} from '../../components/use-entrance';
import {useFitText} from '../../components/use-fit-text';
import {SAFE_BOX} from '../../specs/safe-zone';
import {CLIP_LABEL_DELAY} from './card-motion';
import type {ClipScene} from './schema';

const PADDING_X = 26;
const BORDER = 10;

/**
 * The card over a clip, at the top of the safe zone: the episode (episode trailer), or the
 * place and the figure it is named after (series trailer). Solid, so it reads on any footage.
 */
export const ClipLabel: React.FC<{label: ClipScene['label']; brand: Brand}> = ({label, brand}) => {
	const entrance = useEntrance(CLIP_LABEL_DELAY);
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
				left: SAFE_BOX.left,
				top: SAFE_BOX.top + 10,
				maxWidth: SAFE_BOX.width,
				// Padding and border inside the width: the box never passes x 900.
				boxSizing: 'border-box',
				padding: `16px ${PADDING_X}px 18px`,
				backgroundColor: brand.colors.background,
				borderLeft: `${BORDER}px solid ${brand.colors.accent}`,
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
