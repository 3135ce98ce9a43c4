import {KINDS} from '../kinds/registry';

const KIND_ORDER = Object.keys(KINDS);
import type {ReviewCard} from './review-types';

export type ReviewGroup = {anchor: string; title: string; cards: ReviewCard[]};

const byKindThenId = (a: ReviewCard, b: ReviewCard) =>
	KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind) || a.entry.id.localeCompare(b.entry.id);

/** Series-wide assets first, then episode by episode; header, teaser, trailer within each. */
export const groupReviewCards = (cards: readonly ReviewCard[]): ReviewGroup[] => {
	const byEpisode = new Map<number | null, ReviewCard[]>();
	for (const card of cards) byEpisode.set(card.entry.episode, [...(byEpisode.get(card.entry.episode) ?? []), card]);
	return [...byEpisode.entries()]
		.sort(([a], [b]) => (a ?? -1) - (b ?? -1))
		.map(([episode, group]) => ({
			anchor: episode === null ? 'group-series' : `group-ep${String(episode).padStart(2, '0')}`,
			title: episode === null ? 'Série' : `Épisode ${episode}`,
			cards: group.sort(byKindThenId),
		}));
};
