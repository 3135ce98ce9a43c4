import type {CampaignProblem} from '../campaign/campaign-error';
import {getCastWriteProblem} from './cast-cell';
import {EPISODE_COLUMNS, type SheetCellValue} from './episode-columns';

export type CampaignSheet = {headers: string[]; rows: SheetCellValue[][]; problems: CampaignProblem[]};

const getAt = (value: unknown, path: readonly string[]): unknown =>
	path.reduce<unknown>(
		(at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
		value,
	);

/**
 * The episodes of a campaign file as a sheet: a header row of field paths, one row per
 * episode. Read from the file's own JSON (`raw`, already checked), so that a field left out
 * stays out after a round trip. A value the sheet could not give back the same is a problem.
 */
export const campaignToSheet = ({raw, file}: {raw: {episodes: unknown[]}; file: string}): CampaignSheet => {
	const problems: CampaignProblem[] = [];
	const rows = raw.episodes.map((episode, index) => {
		const cast = getAt(episode, ['cast']);
		(Array.isArray(cast) ? cast : []).forEach((person: {name: string; role: string}, n) => {
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
		return EPISODE_COLUMNS.map((column) => column.write(getAt(episode, column.path)));
	});
	return {headers: EPISODE_COLUMNS.map((column) => column.header), rows, problems};
};
