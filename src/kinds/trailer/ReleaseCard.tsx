import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {formatReleaseFr} from '../../campaign/format-release';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import {CARD_DELAYS} from './card-motion';
import type {SceneOf} from './schema';

/** When and where: the release date and time (in the campaign's time zone), the rhythm, the account. */
export const ReleaseCard: React.FC<{scene: SceneOf<'release'>; brand: Brand}> = ({scene, brand}) => {
	const {display, bodyBold} = brand.fonts;
	const release = `${scene.prefix} ${formatReleaseFr({releaseAt: scene.releaseAt, timeZone: scene.timeZone})}`.trim();
	const date = useFitText({text: release.toUpperCase(), font: display, maxLines: 3, maxFontSize: 130});
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell brand={brand}>
			<Entrance delay={CARD_DELAYS.release.kicker} safe="kicker" style={getKickerStyle(brand)}>
				{scene.kicker}
			</Entrance>
			<Entrance
				delay={CARD_DELAYS.release.release}
				safe="release"
				style={{fontFamily: display.family, fontSize: date.fontSize, lineHeight: 1.12}}
			>
				{date.lines.map((line) => (
					<div key={line}>{line}</div>
				))}
			</Entrance>
			<AccentRule delay={CARD_DELAYS.release.rule} color={brand.colors.accent} />
			{scene.rhythm ? (
				<Entrance delay={CARD_DELAYS.release.rhythm} safe="rhythm" style={{...bold, fontSize: 46, lineHeight: 1.2}}>
					{scene.rhythm}
				</Entrance>
			) : null}
			<Entrance
				delay={CARD_DELAYS.release.where}
				safe="where"
				style={{
					...bold,
					alignSelf: 'flex-start',
					fontSize: 44,
					backgroundColor: brand.colors.primary,
					padding: '12px 24px',
				}}
			>
				{scene.where}
			</Entrance>
		</CardShell>
	);
};
