import type {Campaign} from '../campaign/campaign-schema';
import type {Episode} from '../campaign/episode-schema';
import {formatReleaseFr} from '../campaign/format-release';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * The suggested caption of a post, in French: the series and the episode, the trailer's
 * hook when it has one, the release line in the series time zone, and the campaign's and
 * the episode's hashtags (each once).
 */
export const getPostText = ({
	campaign,
	episode,
	hook,
}: {
	campaign: Campaign;
	/** Null for a series-wide asset. */
	episode: Episode | null;
	hook: string | null;
}): string => {
	const {series} = campaign;
	const first = [...campaign.episodes].sort((a, b) => a.releaseAt.localeCompare(b.releaseAt))[0];
	const releaseAt = episode?.releaseAt ?? first?.releaseAt;
	const when = releaseAt ? formatReleaseFr({releaseAt, timeZone: series.timeZone}) : null;
	const title = `«${NNBSP}${series.title}${NNBSP}»`;
	const lines = [
		episode ? `${title} — Épisode ${episode.number}${NBSP}: ${episode.title}` : `${title} — ${series.tagline}`,
		...(hook ? [hook] : []),
		...(when
			? [
					episode
						? `Dès ${when} sur ${series.platform.name} (${series.platform.handle})`
						: `${campaign.episodes.length} épisodes, dès ${when} sur ${series.platform.name} (${series.platform.handle})`,
				]
			: []),
		[...new Set([...series.hashtags, ...(episode?.hashtags ?? [])])].join(' '),
	];
	return lines.filter((line) => line !== '').join('\n');
};
