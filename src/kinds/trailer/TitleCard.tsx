import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';
import {CardShell} from './CardShell';
import {CARD_DELAYS} from './card-motion';
import type {SceneOf} from './schema';

/** Which episode this is: its title, the place, the figure the place is named after, the city. */
export const TitleCard: React.FC<{scene: SceneOf<'title'>; brand: Brand}> = ({scene, brand}) => {
	const {display, body, bodyBold} = brand.fonts;
	const title = useFitText({text: scene.title.toUpperCase(), font: display, maxLines: 2, maxFontSize: 140});
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell brand={brand}>
			<Entrance
				delay={CARD_DELAYS.title.kicker}
				safe="kicker"
				style={{
					...bold,
					alignSelf: 'flex-start',
					backgroundColor: brand.colors.primary,
					padding: '10px 22px',
					fontSize: 40,
					textTransform: 'uppercase',
					letterSpacing: 3,
				}}
			>
				{scene.kicker}
			</Entrance>
			<Entrance
				delay={CARD_DELAYS.title.title}
				safe="title"
				style={{fontFamily: display.family, fontSize: title.fontSize, lineHeight: 1.12}}
			>
				{title.lines.map((line) => (
					<div key={line}>{line}</div>
				))}
			</Entrance>
			<Entrance
				delay={CARD_DELAYS.title.place}
				style={{borderLeft: `8px solid ${brand.colors.accent}`, paddingLeft: 24}}
			>
				<div data-safe="place" style={{...bold, fontSize: 54, lineHeight: 1.15}}>
					{scene.placeName}
				</div>
				<div
					data-safe="figure"
					style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 36, opacity: 0.9, marginTop: 10}}
				>
					{scene.figure}
				</div>
			</Entrance>
			<Entrance
				delay={CARD_DELAYS.title.city}
				safe="city"
				style={{...bold, fontSize: 42, letterSpacing: 4, textTransform: 'uppercase', color: brand.colors.accent}}
			>
				{scene.city}
			</Entrance>
		</CardShell>
	);
};
