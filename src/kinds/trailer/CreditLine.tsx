import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {useFitText} from '../../components/use-fit-text';

/** One credit: the role, then the name as large as fits one line of the safe zone. */
export const CreditLine: React.FC<{role: string; name: string; delay: number; safe: string; brand: Brand}> = ({
	role,
	name,
	delay,
	safe,
	brand,
}) => {
	const {display, body} = brand.fonts;
	const fit = useFitText({text: name.toUpperCase(), font: display, maxLines: 1, maxFontSize: 130});
	return (
		<Entrance delay={delay} safe={safe}>
			<div style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 40}}>{role}</div>
			<div style={{fontFamily: display.family, fontSize: fit.fontSize, lineHeight: 1.05, marginTop: 6}}>
				{fit.lines.join(' ')}
			</div>
		</Entrance>
	);
};
