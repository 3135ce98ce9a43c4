import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {getDisplaySize} from '../../components/get-display-size';
import {getDisplayLineHeight} from '../../components/get-display-line-height';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import {CARD_DELAYS, CARD_OPENING_OPACITY, HOOK_MAX_LINES} from './card-motion';
import type {SceneOf} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

const LINE_HEIGHT = 1.08;
/** The hook's row of the grid: the safe zone's height less the kicker and its rule. */
const MAX_HEIGHT = 900;

/** The episode trailer's opening line, big, line after line: it has 2.5 s to stop the scroll. */
export const HookCard: React.FC<{scene: SceneOf<'hook'>; brand: Brand}> = ({scene, brand}) => {
	const {display} = brand.fonts;
	const fit = useFitText({
		text: tieFrenchWords(scene.text).toUpperCase(),
		font: display,
		maxLines: HOOK_MAX_LINES,
		maxFontSize: 210,
	});
	const lineHeight = getDisplayLineHeight(fit.lines, LINE_HEIGHT);
	const fontSize = getDisplaySize({
		widthFitSize: fit.fontSize,
		lines: fit.lines.length,
		lineHeight,
		maxHeight: MAX_HEIGHT,
	});
	return (
		<CardShell
			brand={brand}
			gap={20}
			top={
				<>
					<Entrance
						delay={CARD_DELAYS.hook.kicker}
						fromOpacity={CARD_OPENING_OPACITY}
						safe="kicker"
						style={getKickerStyle(brand)}
					>
						{scene.kicker}
					</Entrance>
					<AccentRule delay={CARD_DELAYS.hook.rule} color={brand.colors.accent} />
				</>
			}
			middle={fit.lines.map((line, i) => (
				<Entrance
					key={`${i}-${line}`}
					delay={CARD_DELAYS.hook.firstLine + i * CARD_DELAYS.hook.betweenLines}
					fromOpacity={i === 0 ? CARD_OPENING_OPACITY : 0}
					safe={`hook-line-${i + 1}`}
					style={{fontFamily: display.family, fontSize, lineHeight}}
				>
					{line}
				</Entrance>
			))}
		/>
	);
};
