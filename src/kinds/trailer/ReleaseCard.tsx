import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {formatReleaseFr} from '../../campaign/format-release';
import {Entrance} from '../../components/Entrance';
import {getChipStyle} from '../../components/get-chip-style';
import {getDisplaySize} from '../../components/get-display-size';
import {getDisplayLineHeight} from '../../components/get-display-line-height';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import {CARD_DELAYS} from './card-motion';
import type {SceneOf} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

const DATE_LINE_HEIGHT = 1.06;
/** The date's row: what the kicker above and the rhythm and account below leave of the safe zone. */
const DATE_MAX_HEIGHT = 600;

/** When and where: the release date and time (in the campaign's time zone), the rhythm, the account. */
export const ReleaseCard: React.FC<{scene: SceneOf<'release'>; brand: Brand}> = ({scene, brand}) => {
	const {display, bodyBold} = brand.fonts;
	const release = `${scene.prefix} ${formatReleaseFr({releaseAt: scene.releaseAt, timeZone: scene.timeZone})}`.trim();
	const date = useFitText({text: tieFrenchWords(release).toUpperCase(), font: display, maxLines: 3, maxFontSize: 200});
	const dateLineHeight = getDisplayLineHeight(date.lines, DATE_LINE_HEIGHT);
	const dateSize = getDisplaySize({
		widthFitSize: date.fontSize,
		lines: date.lines.length,
		lineHeight: dateLineHeight,
		maxHeight: DATE_MAX_HEIGHT,
	});
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell
			brand={brand}
			top={
				<Entrance delay={CARD_DELAYS.release.kicker} safe="kicker" style={getKickerStyle(brand)}>
					{scene.kicker}
				</Entrance>
			}
			middle={
				<>
					<Entrance
						delay={CARD_DELAYS.release.release}
						safe="release"
						style={{fontFamily: display.family, fontSize: dateSize, lineHeight: dateLineHeight}}
					>
						{date.lines.map((line) => (
							<div key={line}>{line}</div>
						))}
					</Entrance>
					<AccentRule delay={CARD_DELAYS.release.rule} color={brand.colors.accent} />
				</>
			}
			bottom={
				<>
					{scene.rhythm ? (
						<Entrance delay={CARD_DELAYS.release.rhythm} safe="rhythm" style={{...bold, fontSize: 48, lineHeight: 1.2}}>
							{scene.rhythm}
						</Entrance>
					) : null}
					<Entrance
						delay={CARD_DELAYS.release.where}
						safe="where"
						style={{...bold, ...getChipStyle(brand), alignSelf: 'flex-start', fontSize: 44, padding: '12px 24px'}}
					>
						{scene.where}
					</Entrance>
				</>
			}
		/>
	);
};
