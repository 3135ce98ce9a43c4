import type {Campaign} from '../../campaign/campaign-schema';
import type {Episode, TeaserVariant} from '../../campaign/episode-schema';
import type {TeaserProps} from './schema';

/** Props of `epNN-teaser`, or of one of its variants: the teaser with the variant's overrides. */
export const getTeaserProps = (
	campaign: Campaign,
	episode: Episode,
	variant: TeaserVariant | null = null,
): TeaserProps => ({
	brand: campaign.brand,
	seriesTitle: campaign.series.title,
	episodeNumber: episode.number,
	episodeTitle: episode.title,
	footage: episode.footage,
	subtitles: episode.subtitles,
	segments: variant?.segments ?? episode.teaser.segments,
	captionOverrides: episode.captions.overrides,
	captionStyle: {fontSize: 64, highlightColor: campaign.brand.colors.accent, ...variant?.captionStyle},
	releaseAt: episode.releaseAt,
	timeZone: campaign.series.timeZone,
	platformHandle: campaign.series.platform.handle,
	endTagSeconds: 2.5,
	showSafeZone: false,
	...(variant?.targetSeconds === undefined ? {} : {cutDown: {targetSeconds: variant.targetSeconds}}),
});
