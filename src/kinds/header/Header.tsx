import {fitTextOnNLines} from '@remotion/layout-utils';
import React, {useMemo} from 'react';
import {AbsoluteFill} from 'remotion';
import {formatReleaseFr} from '../../campaign/format-release';
import {BrandBackdrop} from '../../components/BrandBackdrop';
import {getEpisodeChipStyle} from '../../components/get-chip-style';
import {fitDisplayText} from '../../components/fit-display-text';
import {SafeGrid} from '../../components/SafeGrid';
import {ContrastProbe} from '../../components/ContrastProbe';
import {SafeZoneGuard} from '../../components/SafeZoneGuard';
import {SafeZoneOverlay} from '../../components/SafeZoneOverlay';
import {useBrandFonts} from '../../components/use-brand-fonts';
import {useEntrance} from '../../components/use-entrance';
import {SAFE_BOX} from '../../specs/safe-zone';
import {HEADER_ENTRANCES} from './header-motion';
import type {HeaderProps} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

/** The title's row of the grid: what the series line above and the place and date below leave. */
const TITLE_MAX_HEIGHT = 440;
const TITLE_LINE_HEIGHT = 1.02;

const useHeaderEntrance = (line: keyof typeof HEADER_ENTRANCES) =>
	useEntrance(HEADER_ENTRANCES[line].delay, HEADER_ENTRANCES[line].fromOpacity);

/**
 * The 3–5 s muted title bumper, on the safe zone's grid: who presents and the series at
 * the top, the episode and its title as large as they fit in the middle, the place and
 * the release date on the bottom edge.
 */
export const Header: React.FC<HeaderProps> = (props) => {
	const {brand} = props;
	const {display, body, bodyBold} = brand.fonts;
	const fontsReady = useBrandFonts([display, body, bodyBold]);
	const presenter = useHeaderEntrance('presenter');
	const series = useHeaderEntrance('series');
	const kicker = useHeaderEntrance('kicker');
	const title = useHeaderEntrance('title');
	const place = useHeaderEntrance('place');
	const release = useHeaderEntrance('release');
	// Measuring is DOM work: once per text and font, not once per frame.
	const titleFit = useMemo(
		() =>
			fontsReady
				? fitDisplayText({
						text: tieFrenchWords(props.title).toUpperCase(),
						font: display,
						maxLines: 3,
						maxFontSize: 260,
						lineHeight: TITLE_LINE_HEIGHT,
						maxHeight: TITLE_MAX_HEIGHT,
					})
				: null,
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the font is its family and weight
		[fontsReady, props.title, display.family, display.weight],
	);
	const seriesFit = useMemo(
		() =>
			fontsReady
				? fitTextOnNLines({
						text: props.seriesTitle.toUpperCase(),
						maxLines: 1,
						maxBoxWidth: SAFE_BOX.width,
						fontFamily: display.family,
						fontWeight: display.weight,
						maxFontSize: 190,
					})
				: null,
		[fontsReady, props.seriesTitle, display.family, display.weight],
	);
	// Own key: Remotion Studio ties an <AbsoluteFill> to the JSX line it first rendered, and
	// would otherwise keep this placeholder's (empty) children once the fonts are ready.
	if (!titleFit || !seriesFit)
		return <AbsoluteFill key="loading-fonts" style={{backgroundColor: brand.colors.background}} />;

	const titleSize = titleFit.fontSize;
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<AbsoluteFill data-safe-root>
			<BrandBackdrop background={brand.colors.background} band={brand.colors.primary} accent={brand.colors.accent} />
			<SafeGrid
				color={brand.colors.text}
				top={
					<>
						<div
							data-safe="presenter"
							style={{
								...presenter,
								...bold,
								fontSize: 36,
								letterSpacing: 6,
								textTransform: 'uppercase',
								color: brand.colors.accent,
							}}
						>
							{props.presenter}
						</div>
						<div
							data-safe="series-title"
							style={{...series, fontFamily: display.family, fontSize: seriesFit.fontSize, lineHeight: 1}}
						>
							{props.seriesTitle.toUpperCase()}
						</div>
					</>
				}
				middle={
					<>
						<div
							data-safe="kicker"
							style={{
								...kicker,
								...bold,
								...getEpisodeChipStyle(brand),
							}}
						>
							{props.kicker}
						</div>
						<div
							data-safe="title"
							style={{...title, fontFamily: display.family, fontSize: titleSize, lineHeight: titleFit.lineHeight}}
						>
							{titleFit.lines.map((line) => (
								<div key={line}>{line}</div>
							))}
						</div>
					</>
				}
				bottom={
					<>
						<div style={{...place, borderLeft: `10px solid ${brand.colors.accent}`, paddingLeft: 26}}>
							<div data-safe="place" style={{...bold, fontSize: 54, lineHeight: 1.15}}>
								{props.placeName}
							</div>
							<div
								data-safe="place-detail"
								style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 36, marginTop: 6}}
							>
								{props.placeDetail}
							</div>
						</div>
						<div data-safe="release" style={{...release, ...bold, fontSize: 46, color: brand.colors.accent}}>
							{props.releasePrefix} {formatReleaseFr({releaseAt: props.releaseAt, timeZone: props.timeZone})}
						</div>
					</>
				}
			/>
			{props.showSafeZone ? <SafeZoneOverlay /> : null}
			<SafeZoneGuard />
			<ContrastProbe />
		</AbsoluteFill>
	);
};
