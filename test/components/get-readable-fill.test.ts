import {interpolateColors} from 'remotion';
import {describe, expect, test} from 'vitest';
import type {Brand} from '../../src/campaign/brand-schema';
import {EPISODE_CHIP_CONTRAST, getEpisodeChipStyle} from '../../src/components/get-chip-style';
import {getReadableFill} from '../../src/components/get-readable-fill';
import {getContrastRatio, parseColor} from '../../src/specs/contrast';

const contrast = (a: string, b: string) => getContrastRatio(parseColor(a), parseColor(b));

describe('getReadableFill', () => {
	test.each([
		// The sample brand: white on its bright blue is 3.0:1, so the blue darkens toward the navy background.
		{fill: '#1A98FF', toward: '#0F171E', ink: '#FFFFFF', minContrast: 7},
		{fill: '#1A98FF', toward: '#0F171E', ink: '#FFFFFF', minContrast: 4.5},
		// A light brand: near-black text on a mid orange, which lightens toward the white background.
		{fill: '#E0701A', toward: '#FFFFFF', ink: '#111111', minContrast: 7},
	])('$ink on $fill reaches $minContrast:1 by the least mix toward $toward', ({fill, toward, ink, minContrast}) => {
		const result = getReadableFill({fill, toward, ink, minContrast});
		expect(result.mix).toBeGreaterThan(0);
		expect(contrast(ink, result.fill)).toBeGreaterThanOrEqual(minContrast);
		expect(result.contrast).toBeCloseTo(contrast(ink, result.fill), 6);
		const lessMixed = interpolateColors(result.mix - 0.01, [0, 1], [fill, toward]);
		expect(contrast(ink, lessMixed)).toBeLessThan(minContrast);
	});

	test('a fill the ink already reads on is kept as it is', () => {
		expect(getReadableFill({fill: '#1A98FF', toward: '#0F171E', ink: '#0F171E', minContrast: 4.5})).toEqual({
			fill: '#1A98FF',
			mix: 0,
			contrast: contrast('#0F171E', '#1A98FF'),
		});
	});

	test('when no mix reaches the target, the one where the ink stands out most', () => {
		// Grey text on a grey brand: 7:1 is out of reach, the background itself is the best there is.
		const result = getReadableFill({fill: '#808080', toward: '#333333', ink: '#BBBBBB', minContrast: 7});
		expect(result.mix).toBe(1);
		expect(result.contrast).toBeCloseTo(contrast('#BBBBBB', '#333333'), 6);
	});
});

describe('getEpisodeChipStyle', () => {
	const brand = (colors: Brand['colors']) => ({colors}) as Brand;

	test('the sample brand: white, the cards’ text colour, on a deep shade of its blue, at 7:1', () => {
		const style = getEpisodeChipStyle(
			brand({background: '#0F171E', primary: '#1A98FF', accent: '#FFD23F', text: '#FFFFFF'}),
		);
		expect(style.color).toBe('#FFFFFF');
		const [r, g, b] = parseColor(String(style.backgroundColor));
		// Still a blue, darker than the primary, and lighter than the background so the chip shows.
		expect(b).toBeGreaterThan(r + g / 2);
		expect(b).toBeLessThan(255);
		expect(contrast(String(style.backgroundColor), '#0F171E')).toBeGreaterThan(2);
		expect(contrast('#FFFFFF', String(style.backgroundColor))).toBeGreaterThanOrEqual(EPISODE_CHIP_CONTRAST);
	});
});
