import type {Campaign} from '../../campaign/campaign-schema';
import type {Episode} from '../../campaign/episode-schema';
import type {TeaserProps} from './schema';

export const getTeaserProps = (campaign: Campaign, episode: Episode): TeaserProps => ({
	brand: campaign.brand,
	seriesTitle: campaign.series.title,
	episodeNumber: episode.number,
	episodeTitle: episode.title,
	footage: episode.footage,
	subtitles: episode.subtitles,
	segments: episode.teaser.segments,
	captionOverrides: episode.captions.overrides,
	captionStyle: {fontSize: 64, highlightColor: campaign.brand.colors.accent},
	releaseAt: episode.releaseAt,
	timeZone: campaign.series.timeZone,
	platformHandle: campaign.series.platform.handle,
	endTagSeconds: 2.5,
	showSafeZone: false,
});
