import React from 'react';
import {spring, useCurrentFrame, useVideoConfig} from 'remotion';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {getChipStyle} from '../../components/get-chip-style';
import {useFitText} from '../../components/use-fit-text';
import {SAFE_BOX} from '../../specs/safe-zone';
import {CardShell} from './CardShell';
import {CARD_DELAYS, CTA_BUMP_FRAMES, CTA_BUMP_SPRING, CTA_POP_SPRING} from './card-motion';
import type {SceneOf} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

const BUTTON_PADDING_X = 32;
/** The button never grows past this, and its text is fitted for it: it stays inside the safe zone. */
const MAX_SCALE = 1.05;

/** The end card: the series, what to do (the call to action, as a button), where, the hashtags. */
export const CtaCard: React.FC<{scene: SceneOf<'cta'>; brand: Brand}> = ({scene, brand}) => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const {display, body, bodyBold} = brand.fonts;
	const title = useFitText({text: scene.seriesTitle.toUpperCase(), font: display, maxLines: 1, maxFontSize: 260});
	const headline = useFitText({
		text: tieFrenchWords(scene.headline),
		font: bodyBold,
		maxLines: 2,
		maxFontSize: 76,
		maxBoxWidth: Math.floor(SAFE_BOX.width / MAX_SCALE) - 2 * BUTTON_PADDING_X,
	});
	// The button lands with a springy overshoot, then a second small bump invites the tap.
	const pop = spring({frame: frame - CARD_DELAYS.cta.pop, fps, config: CTA_POP_SPRING});
	const bump = spring({
		frame: frame - CARD_DELAYS.cta.bump,
		fps,
		config: CTA_BUMP_SPRING,
		durationInFrames: CTA_BUMP_FRAMES,
	});
	const scale = Math.min(MAX_SCALE, 0.85 + 0.15 * pop + 0.04 * Math.sin(Math.PI * Math.min(1, bump)));
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell
			brand={brand}
			gap={34}
			top={
				<Entrance
					delay={CARD_DELAYS.cta.title}
					safe="series-title"
					style={{fontFamily: display.family, fontSize: title.fontSize, lineHeight: 1.05, color: brand.colors.accent}}
				>
					{title.lines.join(' ')}
				</Entrance>
			}
			middle={
				<>
					<div
						data-safe="call-to-action"
						style={{
							...bold,
							...getChipStyle(brand),
							alignSelf: 'flex-start',
							fontSize: headline.fontSize,
							lineHeight: 1.15,
							padding: `24px ${BUTTON_PADDING_X}px`,
							borderRadius: 18,
							opacity: Math.min(1, pop * 1.5),
							transform: `scale(${scale})`,
							transformOrigin: 'left center',
						}}
					>
						{headline.lines.map((line) => (
							<div key={line}>{line}</div>
						))}
					</div>
					{scene.detail ? (
						<Entrance delay={CARD_DELAYS.cta.detail} safe="detail" style={{...bold, fontSize: 46, lineHeight: 1.2}}>
							{scene.detail}
						</Entrance>
					) : null}
				</>
			}
			bottom={
				<>
					<Entrance
						delay={CARD_DELAYS.cta.where}
						safe="where"
						style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 42}}
					>
						{scene.where}
					</Entrance>
					{scene.hashtags.length > 0 ? (
						<Entrance
							delay={CARD_DELAYS.cta.hashtags}
							safe="hashtags"
							style={{...bold, fontSize: 38, color: brand.colors.accent}}
						>
							{scene.hashtags.join('  ')}
						</Entrance>
					) : null}
				</>
			}
		/>
	);
};
