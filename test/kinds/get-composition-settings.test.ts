import {describe, expect, test} from 'vitest';
import {findCompositionIdInArgv, getCompositionSettings} from '../../src/kinds/get-composition-settings';

// remotion.config.ts reads these so that `npx remotion render <id>` encodes as the batch does.
describe('the encoder settings of a composition id, for the Remotion CLI', () => {
	test.each([
		{id: 'ep02-header', expected: {crf: 20, videoBitrate: null, muted: true}},
		{id: 'series-header', expected: {crf: 20, videoBitrate: null, muted: true}},
		{id: 'Header', expected: {crf: 20, videoBitrate: null, muted: true}},
		{id: 'ep07-teaser', expected: {crf: 18, videoBitrate: null, muted: false}},
		{id: 'series-trailer', expected: {crf: null, videoBitrate: '4M', muted: false}},
	])('$id', ({id, expected}) => {
		expect(getCompositionSettings(id)).toEqual({
			codec: 'h264',
			colorSpace: 'bt709',
			x264Preset: 'veryfast',
			imageFormat: 'jpeg',
			jpegQuality: 90,
			normalizeLoudness: !expected.muted,
			...expected,
		});
	});

	test('an id of no kind has none', () => {
		expect(getCompositionSettings('ep02-poster')).toBeNull();
	});

	test.each([
		{argv: ['node', 'remotion', 'render', 'ep03-header', 'out/x.mp4'], id: 'ep03-header'},
		{argv: ['node', 'remotion', 'render', 'src/index.ts', 'Teaser', '--props=p.json'], id: 'Teaser'},
		{argv: ['node', 'remotion', 'still', '--scale', '0.5', 'series-header'], id: 'series-header'},
		{argv: ['node', 'remotion', 'studio'], id: null},
		{argv: ['node', 'remotion', 'render', 'nothing-known'], id: null},
	])('finds $id in the command line', ({argv, id}) => {
		expect(findCompositionIdInArgv(argv)).toBe(id);
	});
});
