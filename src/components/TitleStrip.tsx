import React from 'react';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';
import {TITLE_STRIP_FROM_OPACITY} from './motion';
import {useEntrance} from './use-entrance';

/** Series and episode at the top of the safe zone: who is speaking to the viewer. */
export const TitleStrip: React.FC<{
	seriesTitle: string;
	episodeLabel: string;
	title: string;
	display: BrandFont;
	bodyBold: BrandFont;
	background: string;
	accent: string;
	text: string;
}> = ({seriesTitle, episodeLabel, title, display, bodyBold, background, accent, text}) => {
	const entrance = useEntrance(0, TITLE_STRIP_FROM_OPACITY);
	return (
		<div
			data-safe="title-strip"
			style={{
				...entrance,
				position: 'absolute',
				left: SAFE_BOX.left,
				top: SAFE_BOX.top + 10,
				maxWidth: SAFE_BOX.width,
				display: 'flex',
				alignItems: 'center',
				gap: 18,
				padding: '12px 22px',
				backgroundColor: background,
				color: text,
			}}
		>
			<span style={{fontFamily: display.family, fontSize: 52, lineHeight: 1, color: accent}}>
				{seriesTitle.toUpperCase()}
			</span>
			<span
				style={{
					fontFamily: bodyBold.family,
					fontWeight: bodyBold.weight,
					fontSize: 30,
					whiteSpace: 'nowrap',
					overflow: 'hidden',
					textOverflow: 'ellipsis',
				}}
			>
				{episodeLabel} · {title}
			</span>
		</div>
	);
};
