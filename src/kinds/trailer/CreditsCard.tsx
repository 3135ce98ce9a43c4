import React from 'react';
import type {Brand} from '../../campaign/brand-schema';
import {CardShell} from './CardShell';
import {CreditLine} from './CreditLine';
import {CARD_DELAYS} from './card-motion';
import type {SceneOf} from './schema';

/** The credits, one role and name after the other, as the campaign lists them. */
export const CreditsCard: React.FC<{scene: SceneOf<'credits'>; brand: Brand}> = ({scene, brand}) => (
	<CardShell
		brand={brand}
		gap={64}
		middle={scene.credits.map((credit, i) => (
			<CreditLine
				key={`${credit.role}-${credit.name}`}
				role={credit.role}
				name={credit.name}
				delay={i * CARD_DELAYS.credits.betweenLines}
				safe={`credit-${i + 1}`}
				brand={brand}
			/>
		))}
	/>
);
