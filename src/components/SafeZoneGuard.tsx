import type React from 'react';
import {useLayoutEffect} from 'react';
import {cancelRender, getRemotionEnvironment, useCurrentFrame} from 'remotion';
import {findSafeZoneViolations, formatSafeZoneViolation} from '../specs/find-safe-zone-violations';
import {measureMarkedElements} from './measure-marked-elements';

/**
 * Enforces the safe zone, not only shows it: after every rendered frame, the text and logos
 * marked `data-safe` are measured, and a render stops with the element and the frame named
 * if one leaves the zone. In Studio it warns in the console instead.
 */
export const SafeZoneGuard: React.FC = () => {
	const frame = useCurrentFrame();
	useLayoutEffect(() => {
		const violations = findSafeZoneViolations(measureMarkedElements());
		if (violations.length === 0) return;
		const message = violations.map((v) => formatSafeZoneViolation(v, frame)).join('\n');
		if (getRemotionEnvironment().isRendering) cancelRender(new Error(message));
		else console.warn(message);
	});
	return null;
};
