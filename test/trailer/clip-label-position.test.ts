import {describe, expect, test} from 'vitest';
import {campaignSchema} from '../../src/campaign/campaign-schema';
import {CAPTION_BOTTOM, CAPTION_LINE_HEIGHT} from '../../src/components/CaptionTrack';
import {getEpisodeTrailerProps} from '../../src/kinds/trailer/get-episode-trailer-props';
import {getSeriesTrailerProps} from '../../src/kinds/trailer/get-series-trailer-props';
import {getClipLabelPlacement} from '../../src/kinds/trailer/get-clip-label-placement';
import {SAFE_BOX} from '../../src/specs/safe-zone';
import {makeCampaignDir, readSampleCampaign} from '../helpers/make-campaign-dir';
import {problemsOf} from '../helpers/problems-of';

const labelPositions = (props: ReturnType<typeof getEpisodeTrailerProps>) =>
	props.scenes.flatMap((scene) => (scene.type === 'clip' ? [scene.label.position] : []));

describe('a trailer clip’s label position', () => {
	test('is set per clip by the campaign, and defaults to the bottom left', () => {
		const input = readSampleCampaign() as any;
		input.episodes[2].trailer.clips[1].labelPosition = 'top-right';
		input.episodes[4].trailer.seriesClip = {startMs: 17060, endMs: 20280, labelPosition: 'bottom-right'};
		const campaign = campaignSchema.parse(input);
		expect(labelPositions(getEpisodeTrailerProps(campaign, campaign.episodes[2]!))).toEqual([
			'bottom-left',
			'top-right',
		]);
		expect(labelPositions(getSeriesTrailerProps(campaign)).slice(3, 6)).toEqual([
			'bottom-left',
			'bottom-right',
			'bottom-left',
		]);
	});

	test('refuses a position that is not a corner, naming the field and the choices', () => {
		const {file} = makeCampaignDir({edit: (c: any) => ((c.episodes[0].trailer.clips[1].labelPosition = 'middle'), c)});
		expect(problemsOf(file)).toEqual([
			'campaign.json: episodes[0].trailer.clips[1].labelPosition = "middle": must be one of "top-left", "top-right", "bottom-left", "bottom-right"',
		]);
	});
});

describe('getClipLabelPlacement', () => {
	const place = (position: Parameters<typeof getClipLabelPlacement>[0]['position'], captionFontSize = 64) =>
		getClipLabelPlacement({
			position,
			captionFontSize,
			captionBottom: CAPTION_BOTTOM,
			captionLineHeight: CAPTION_LINE_HEIGHT,
		});

	test.each([64, 96])('at the bottom, the label ends above a two-line caption page of %i px', (fontSize) => {
		const labelBottomY = 1920 - place('bottom-left', fontSize).edgeOffset;
		const captionTopY = CAPTION_BOTTOM - 2 * fontSize * CAPTION_LINE_HEIGHT;
		expect(labelBottomY).toBeLessThan(captionTopY);
		expect(labelBottomY).toBeGreaterThan(captionTopY - 40);
	});

	test('stands in the safe zone’s corners', () => {
		expect(place('top-left')).toMatchObject({side: 'left', sideOffset: SAFE_BOX.left, edge: 'top'});
		expect(place('top-right')).toMatchObject({side: 'right', sideOffset: 1080 - SAFE_BOX.right, edge: 'top'});
		expect(place('top-right').edgeOffset).toBeGreaterThanOrEqual(SAFE_BOX.top);
		expect(place('bottom-right')).toMatchObject({side: 'right', edge: 'bottom'});
	});
});
