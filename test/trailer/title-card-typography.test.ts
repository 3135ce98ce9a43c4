import {expect, test} from 'vitest';
import {campaignSchema} from '../../src/campaign/campaign-schema';
import {getEpisodeTrailerProps} from '../../src/kinds/trailer/get-episode-trailer-props';
import {readSampleCampaign} from '../helpers/make-campaign-dir';

test('the title card’s tribute line is set in French typography: « stays with the word after it', () => {
	const campaign = campaignSchema.parse(readSampleCampaign());
	const episode = campaign.episodes.find((e) => e.place.figure === 'Jules Verne')!;
	const card = getEpisodeTrailerProps(campaign, episode).scenes.find((scene) => scene.type === 'title');
	expect(card?.type === 'title' && card.figure).toBe(
		'En hommage à Jules Verne, romancier, «\u202FVingt mille lieues sous les mers\u202F»',
	);
});
