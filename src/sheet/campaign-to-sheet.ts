import type {CampaignProblem} from '../campaign/campaign-error';
import {getCastWriteProblem} from './cast-cell';
import {EPISODE_COLUMNS, type SheetCellValue, VARIANT_HEADER, VARIANT_KINDS} from './episode-columns';
import {formatVariantId} from './variant-id';

export type CampaignSheet = {headers: string[]; rows: SheetCellValue[][]; problems: CampaignProblem[]};

export const getAt = (value: unknown, path: readonly string[]): unknown =>
	path.reduce<unknown>(
		(at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
		value,
	);

type RawEpisode = {number: number; cast?: {name: string; role: string}[]} & Record<string, unknown>;

/**
 * The episodes of a campaign file as a sheet: a header row of field paths, one row per
 * episode, and after it a row per variant (its asset id in `variant`, only the cells it
 * overrides). Read from the file's own JSON (`raw`, already checked), so that a field left
 * out stays out after a round trip. A value the sheet could not give back the same is a problem.
 */
export const campaignToSheet = ({raw, file}: {raw: {episodes: RawEpisode[]}; file: string}): CampaignSheet => {
	const problems: CampaignProblem[] = [];
	const rows = raw.episodes.flatMap((episode, index) => {
		(episode.cast ?? []).forEach((person, n) => {
			const problem = getCastWriteProblem(person);
			if (problem) {
				problems.push({
					file,
					path: `episodes[${index}].cast[${n}]`,
					value: person,
					message: `${problem}; change it in the campaign file`,
				});
			}
		});
		const own = EPISODE_COLUMNS.map((column) => (column.path ? column.write(getAt(episode, column.path)) : null));
		const variants = VARIANT_KINDS.flatMap((kind) =>
			((getAt(episode, [kind, 'variants']) ?? []) as {name: string}[]).map((variant) =>
				EPISODE_COLUMNS.map((column) => {
					if (column.header === 'number') return episode.number;
					if (column.header === VARIANT_HEADER)
						return formatVariantId({episode: episode.number, kind, name: variant.name});
					const path = column.variantPaths[kind];
					return path ? column.write(getAt(variant, path)) : null;
				}),
			),
		);
		return [own, ...variants];
	});
	return {headers: EPISODE_COLUMNS.map((column) => column.header), rows, problems};
};
