import React, {useMemo} from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {getEpisodeChipStyle} from '../../components/get-chip-style';
import {fitDisplayText} from '../../components/fit-display-text';
import {CardShell} from './CardShell';
import {CARD_DELAYS} from './card-motion';
import type {SceneOf} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

const TITLE_LINE_HEIGHT = 1.04;
/** The title's row: what the episode chip above and the place and city below leave of the safe zone. */
const TITLE_MAX_HEIGHT = 640;

/** Which episode this is: its number on top, its title in the middle, the place, the figure and the city at the bottom. */
export const TitleCard: React.FC<{scene: SceneOf<'title'>; brand: Brand}> = ({scene, brand}) => {
	const {display, body, bodyBold} = brand.fonts;
	const title = useMemo(
		() =>
			fitDisplayText({
				text: tieFrenchWords(scene.title).toUpperCase(),
				font: display,
				maxLines: 3,
				maxFontSize: 260,
				lineHeight: TITLE_LINE_HEIGHT,
				maxHeight: TITLE_MAX_HEIGHT,
			}),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the font is its family and weight
		[scene.title, display.family, display.weight],
	);
	const titleSize = title.fontSize;
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell
			brand={brand}
			top={
				<Entrance
					delay={CARD_DELAYS.title.kicker}
					safe="kicker"
					style={{
						...bold,
						...getEpisodeChipStyle(brand),
					}}
				>
					{scene.kicker}
				</Entrance>
			}
			middle={
				<Entrance
					delay={CARD_DELAYS.title.title}
					safe="title"
					style={{fontFamily: display.family, fontSize: titleSize, lineHeight: title.lineHeight}}
				>
					{title.lines.map((line) => (
						<div key={line}>{line}</div>
					))}
				</Entrance>
			}
			bottom={
				<>
					<Entrance
						delay={CARD_DELAYS.title.place}
						style={{borderLeft: `10px solid ${brand.colors.accent}`, paddingLeft: 26}}
					>
						<div data-safe="place" style={{...bold, fontSize: 56, lineHeight: 1.15}}>
							{scene.placeName}
						</div>
						<div
							data-safe="figure"
							style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 38, lineHeight: 1.25, marginTop: 10}}
						>
							{scene.figure}
						</div>
					</Entrance>
					<Entrance
						delay={CARD_DELAYS.title.city}
						safe="city"
						style={{...bold, fontSize: 44, letterSpacing: 4, textTransform: 'uppercase', color: brand.colors.accent}}
					>
						{scene.city}
					</Entrance>
				</>
			}
		/>
	);
};
