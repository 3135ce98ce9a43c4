import type {Campaign} from '../../campaign/campaign-schema';
import type {Episode} from '../../campaign/episode-schema';
import type {HeaderProps} from './schema';

const presenter = (campaign: Campaign) => `${campaign.series.platform.name} présente`;

export const getEpisodeHeaderProps = (campaign: Campaign, episode: Episode): HeaderProps => ({
	brand: campaign.brand,
	presenter: presenter(campaign),
	seriesTitle: campaign.series.title,
	kicker: `Épisode ${episode.number}`,
	title: episode.title,
	placeName: episode.place.name,
	placeDetail: `${episode.city} · en hommage à ${episode.place.figure}`,
	releasePrefix: 'Le',
	releaseAt: episode.releaseAt,
	timeZone: campaign.series.timeZone,
	durationInSeconds: episode.header.durationInSeconds,
	showSafeZone: false,
});

export const getSeriesHeaderProps = (campaign: Campaign): HeaderProps => {
	const first = [...campaign.episodes].sort((a, b) => Date.parse(a.releaseAt) - Date.parse(b.releaseAt))[0];
	const count = campaign.episodes.length;
	return {
		brand: campaign.brand,
		presenter: presenter(campaign),
		seriesTitle: campaign.series.title,
		kicker: 'La série',
		title: campaign.series.tagline,
		placeName: `${count} épisode${count > 1 ? 's' : ''}, ${count} lieu${count > 1 ? 'x' : ''}`,
		placeDetail: campaign.series.credits[0]
			? `${campaign.series.credits[0].role} ${campaign.series.credits[0].name}`
			: '',
		releasePrefix: 'Dès le',
		releaseAt: first?.releaseAt ?? campaign.episodes[0]!.releaseAt,
		timeZone: campaign.series.timeZone,
		durationInSeconds: campaign.series.headerDurationInSeconds,
		showSafeZone: false,
	};
};
