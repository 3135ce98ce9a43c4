import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import {CARD_DELAYS, CARD_OPENING_OPACITY} from './card-motion';
import type {SceneOf} from './schema';

/** First card of the series trailer: who presents at the top, the title in the middle, the idea at the bottom. */
export const OpenCard: React.FC<{scene: SceneOf<'open'>; brand: Brand}> = ({scene, brand}) => {
	const {display, bodyBold} = brand.fonts;
	const title = useFitText({text: scene.title.toUpperCase(), font: display, maxLines: 1, maxFontSize: 360});
	const tagline = useFitText({text: scene.tagline, font: bodyBold, maxLines: 3, maxFontSize: 68});
	return (
		<CardShell
			brand={brand}
			top={
				<Entrance
					delay={CARD_DELAYS.open.presenter}
					fromOpacity={CARD_OPENING_OPACITY}
					safe="presenter"
					style={getKickerStyle(brand)}
				>
					{scene.presenter}
				</Entrance>
			}
			middle={
				<Entrance
					delay={CARD_DELAYS.open.title}
					fromOpacity={CARD_OPENING_OPACITY}
					safe="series-title"
					style={{fontFamily: display.family, fontSize: title.fontSize, lineHeight: 1.1}}
				>
					{title.lines.join(' ')}
				</Entrance>
			}
			bottom={
				<>
					<AccentRule delay={CARD_DELAYS.open.rule} color={brand.colors.accent} />
					<Entrance
						delay={CARD_DELAYS.open.tagline}
						safe="tagline"
						style={{
							fontFamily: bodyBold.family,
							fontWeight: bodyBold.weight,
							fontSize: tagline.fontSize,
							lineHeight: 1.2,
						}}
					>
						{tagline.lines.map((line) => (
							<div key={line}>{line}</div>
						))}
					</Entrance>
				</>
			}
		/>
	);
};
