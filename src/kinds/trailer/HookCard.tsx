import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import {CARD_DELAYS, HOOK_MAX_LINES} from './card-motion';
import type {SceneOf} from './schema';

/** The episode trailer's opening line, big, line after line: it has 2.5 s to stop the scroll. */
export const HookCard: React.FC<{scene: SceneOf<'hook'>; brand: Brand}> = ({scene, brand}) => {
	const {display} = brand.fonts;
	const fit = useFitText({text: scene.text.toUpperCase(), font: display, maxLines: HOOK_MAX_LINES, maxFontSize: 150});
	return (
		<CardShell brand={brand} gap={20}>
			<Entrance delay={CARD_DELAYS.hook.kicker} fromOpacity={0.4} safe="kicker" style={getKickerStyle(brand)}>
				{scene.kicker}
			</Entrance>
			<AccentRule delay={CARD_DELAYS.hook.rule} color={brand.colors.accent} />
			{fit.lines.map((line, i) => (
				<Entrance
					key={`${i}-${line}`}
					delay={CARD_DELAYS.hook.firstLine + i * CARD_DELAYS.hook.betweenLines}
					fromOpacity={i === 0 ? 0.4 : 0}
					safe={`hook-line-${i + 1}`}
					style={{fontFamily: display.family, fontSize: fit.fontSize, lineHeight: 1.12}}
				>
					{line}
				</Entrance>
			))}
		</CardShell>
	);
};
