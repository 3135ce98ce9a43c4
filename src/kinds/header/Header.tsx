import {fitTextOnNLines} from '@remotion/layout-utils';
import React, {useMemo} from 'react';
import {AbsoluteFill} from 'remotion';
import {formatReleaseFr} from '../../campaign/format-release';
import {BrandBackdrop} from '../../components/BrandBackdrop';
import {SafeColumn} from '../../components/SafeColumn';
import {SafeZoneGuard} from '../../components/SafeZoneGuard';
import {SafeZoneOverlay} from '../../components/SafeZoneOverlay';
import {useBrandFonts} from '../../components/use-brand-fonts';
import {useEntrance} from '../../components/use-entrance';
import {SAFE_BOX} from '../../specs/safe-zone';
import {HEADER_DELAYS} from './header-motion';
import type {HeaderProps} from './schema';

/** The 3–5 s muted title bumper: series, episode, place, release date. */
export const Header: React.FC<HeaderProps> = (props) => {
	const {brand} = props;
	const {display, body, bodyBold} = brand.fonts;
	const fontsReady = useBrandFonts([display, body, bodyBold]);
	const presenter = useEntrance(HEADER_DELAYS.presenter, 0.4);
	const series = useEntrance(HEADER_DELAYS.series, 0.5);
	const kicker = useEntrance(HEADER_DELAYS.kicker);
	const title = useEntrance(HEADER_DELAYS.title);
	const place = useEntrance(HEADER_DELAYS.place);
	const release = useEntrance(HEADER_DELAYS.release);
	// Measuring is DOM work: once per text and font, not once per frame.
	const titleFit = useMemo(
		() =>
			fontsReady
				? fitTextOnNLines({
						text: props.title.toUpperCase(),
						maxLines: 2,
						maxBoxWidth: SAFE_BOX.width,
						fontFamily: display.family,
						fontWeight: display.weight,
						maxFontSize: 120,
					})
				: null,
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
						maxFontSize: 300,
					})
				: null,
		[fontsReady, props.seriesTitle, display.family, display.weight],
	);
	// Own key: Remotion Studio ties an <AbsoluteFill> to the JSX line it first rendered, and
	// would otherwise keep this placeholder's (empty) children once the fonts are ready.
	if (!titleFit || !seriesFit)
		return <AbsoluteFill key="loading-fonts" style={{backgroundColor: brand.colors.background}} />;

	const text = brand.colors.text;
	return (
		<AbsoluteFill data-safe-root>
			<BrandBackdrop background={brand.colors.background} band={brand.colors.primary} accent={brand.colors.accent} />
			<SafeColumn gap={24} color={text}>
				<div
					data-safe="presenter"
					style={{
						...presenter,
						fontFamily: bodyBold.family,
						fontWeight: bodyBold.weight,
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
					style={{...series, fontFamily: display.family, fontSize: seriesFit.fontSize, lineHeight: 1.12}}
				>
					{props.seriesTitle.toUpperCase()}
				</div>
				<div
					data-safe="kicker"
					style={{
						...kicker,
						alignSelf: 'flex-start',
						backgroundColor: brand.colors.primary,
						padding: '10px 22px',
						fontFamily: bodyBold.family,
						fontWeight: bodyBold.weight,
						fontSize: 40,
						textTransform: 'uppercase',
						letterSpacing: 3,
					}}
				>
					{props.kicker}
				</div>
				<div
					data-safe="title"
					style={{...title, fontFamily: display.family, fontSize: titleFit.fontSize, lineHeight: 1.05}}
				>
					{titleFit.lines.map((line) => (
						<div key={line}>{line}</div>
					))}
				</div>
				<div style={{...place, borderLeft: `8px solid ${brand.colors.accent}`, paddingLeft: 24}}>
					<div data-safe="place" style={{fontFamily: bodyBold.family, fontWeight: bodyBold.weight, fontSize: 50}}>
						{props.placeName}
					</div>
					<div
						data-safe="place-detail"
						style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 34, opacity: 0.85, marginTop: 6}}
					>
						{props.placeDetail}
					</div>
				</div>
				<div
					data-safe="release"
					style={{
						...release,
						fontFamily: bodyBold.family,
						fontWeight: bodyBold.weight,
						fontSize: 40,
						color: brand.colors.accent,
						marginTop: 24,
					}}
				>
					{props.releasePrefix} {formatReleaseFr({releaseAt: props.releaseAt, timeZone: props.timeZone})}
				</div>
			</SafeColumn>
			{props.showSafeZone ? <SafeZoneOverlay /> : null}
			<SafeZoneGuard />
		</AbsoluteFill>
	);
};
