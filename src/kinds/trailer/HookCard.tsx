import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';
import {AccentRule} from './AccentRule';
import {CardShell} from './CardShell';
import {getKickerStyle} from './get-kicker-style';
import type {SceneOf} from './schema';

/** The episode trailer's opening line, big, line after line: it has 2.5 s to stop the scroll. */
export const HookCard: React.FC<{scene: SceneOf<'hook'>; brand: Brand}> = ({scene, brand}) => {
	const {display} = brand.fonts;
	const fit = useFitText({text: scene.text.toUpperCase(), font: display, maxLines: 4, maxFontSize: 150});
	return (
		<CardShell brand={brand} gap={20}>
			<Entrance delay={0} fromOpacity={0.4} safe="kicker" style={getKickerStyle(brand)}>
				{scene.kicker}
			</Entrance>
			<AccentRule delay={2} color={brand.colors.accent} />
			{fit.lines.map((line, i) => (
				<Entrance
					key={`${i}-${line}`}
					delay={3 + i * 4}
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
