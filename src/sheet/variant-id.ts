import {getEpisodeKey} from '../campaign/get-episode-key';
import {VARIANT_KINDS, type VariantKind} from './episode-columns';

export type VariantId = {episode: number; kind: VariantKind; name: string};

const ID = /^ep(\d{2,})-([a-z]+)-(.+)$/;

/** `ep03-teaser-b` (the variant's asset id): the same words as the render plan, the review page and the posting sheet. */
export const formatVariantId = ({episode, kind, name}: VariantId): string =>
	`${getEpisodeKey(episode)}-${kind}-${name}`;

/** `ep03-teaser-b` → its episode, kind and name, or what is wrong with it. */
export const parseVariantId = (text: string): {ok: true; id: VariantId} | {ok: false; message: string} => {
	const match = ID.exec(text.trim());
	const kind = match?.[2] as VariantKind | undefined;
	if (!match || !kind || !VARIANT_KINDS.includes(kind)) {
		return {
			ok: false,
			message: `is not a variant id; write ep<episode>-<${VARIANT_KINDS.join('|')}>-<name>, e.g. ep03-teaser-b or ep03-trailer-15s`,
		};
	}
	return {ok: true, id: {episode: Number(match[1]), kind, name: match[3]!}};
};
