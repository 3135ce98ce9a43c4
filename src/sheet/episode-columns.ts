import {formatCast, readCastCell} from './cast-cell';
import {type CellResult, cellProblem, cellValue} from './cell-result';
import {formatHashtags, readHashtagsCell} from './hashtags-cell';
import {readReleaseAtCell} from './release-at-cell';
import {formatRange, formatRanges, readRangeCell, readRangesCell} from './time-range-cell';

/** What a cell of an exported sheet holds. */
export type SheetCellValue = string | number | null;

export type ReadContext = {
	/** The series' time zone, for dates written without offset; null when the campaign has none valid. */
	timeZone: string | null;
};

/** The kinds of asset an episode declares variants of (src/campaign/variant-schema.ts). */
export const VARIANT_KINDS = ['teaser', 'trailer'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/**
 * One column of the sheet: its header is the field's path in an episode of the campaign JSON
 * (null for a column only variant rows use), and, on a variant row, the variant's field it holds.
 */
export type EpisodeColumn = {
	header: string;
	path: readonly string[] | null;
	variantPaths: Partial<Record<VariantKind, readonly string[]>>;
	/** How a cell is written, as the README and the error messages say it. */
	help: string;
	read: (text: string, context: ReadContext) => CellResult;
	write: (value: unknown) => SheetCellValue;
};

const text = (header: string, help = 'text'): EpisodeColumn => ({
	header,
	path: header.split('.'),
	variantPaths: {},
	help,
	// Spreadsheets on Windows may break lines inside a cell with CRLF; the campaign uses "\n".
	read: (cell) => cellValue(cell.replace(/\r\n?/g, '\n')),
	write: (value) => (typeof value === 'string' && value !== '' ? value : null),
});

const number = (header: string, help: string, pattern: RegExp): EpisodeColumn => ({
	header,
	path: header.split('.'),
	variantPaths: {},
	help,
	read: (cell) =>
		pattern.test(cell.trim())
			? cellValue(Number(cell.trim().replace(',', '.')))
			: cellProblem(`is not ${help}; write digits only`),
	write: (value) => (typeof value === 'number' ? value : null),
});

const list = (
	header: string,
	help: string,
	read: (cell: string) => CellResult,
	format: (value: never) => string,
): EpisodeColumn => ({
	header,
	path: header.split('.'),
	variantPaths: {},
	help,
	read: (cell) => read(cell),
	write: (value) =>
		value === undefined || (Array.isArray(value) && value.length === 0) ? null : format(value as never),
});

const readJsonCell = (cell: string): CellResult => {
	try {
		return cellValue(JSON.parse(cell) as unknown);
	} catch (error) {
		return cellProblem(
			`is not JSON (${(error as Error).message}); write the list as in the campaign file, e.g. [{"cue": 3, "text": "Bien sûr !"}]`,
		);
	}
};

const inVariants = (column: EpisodeColumn, variantPaths: EpisodeColumn['variantPaths']): EpisodeColumn => ({
	...column,
	variantPaths,
});

/** A column only variant rows fill: it is no field of an episode. */
const variantOnly = (column: EpisodeColumn, kinds: readonly VariantKind[]): EpisodeColumn => ({
	...column,
	path: null,
	variantPaths: Object.fromEntries(kinds.map((kind) => [kind, column.header.split('.')])),
});

/** The column that makes a row a variant's: its asset id. */
export const VARIANT_HEADER = 'variant';

/**
 * The columns of the sheet, one per field of an episode, in the campaign file's order, then
 * those only variants have. An empty cell leaves the field out (its default applies); lists
 * have a cell format of their own. A variant row (its id in `variant`) fills only the
 * columns its kind overrides, and takes the episode's value where it leaves a cell empty.
 */
export const EPISODE_COLUMNS: readonly EpisodeColumn[] = [
	number('number', 'a whole number (the episode number)', /^\d+$/),
	{...text(VARIANT_HEADER, "the variant's asset id, e.g. ep03-teaser-b; empty on the episode's own row"), path: null},
	text('title'),
	text('place.name'),
	text('place.figure'),
	text('place.figureRole'),
	text('city'),
	text('synopsis', 'text; line breaks allowed'),
	list('cast', 'Name (role); Name (role)', readCastCell, formatCast),
	{
		header: 'releaseAt',
		path: ['releaseAt'],
		variantPaths: {},
		help: '2027-01-15T18:00:00+01:00, or 2027-01-15 18:00 / 15/01/2027 18:00 in the series time zone',
		read: (cell, {timeZone}) => readReleaseAtCell(cell, timeZone),
		write: (value) => (typeof value === 'string' ? value : null),
	},
	text('footage', 'a path in the assets folder, e.g. footage/ep03.mp4'),
	text('subtitles', 'a path in the assets folder, e.g. subtitles/ep03.srt'),
	inVariants(
		list(
			'teaser.segments',
			'start–end; start–end, e.g. 0:00.000–0:07.467; 0:15.026–0:22.320',
			readRangesCell,
			formatRanges,
		),
		{teaser: ['segments']},
	),
	number('header.durationInSeconds', 'a number of seconds (3–5)', /^\d+(?:[.,]\d+)?$/),
	list('captions.overrides', 'JSON, as in the campaign file', readJsonCell, (value: unknown) => JSON.stringify(value)),
	list('hashtags', '#One #Two', readHashtagsCell, formatHashtags),
	inVariants(text('callToAction.headline'), {trailer: ['callToAction', 'headline']}),
	inVariants(text('callToAction.detail'), {trailer: ['callToAction', 'detail']}),
	inVariants(text('trailer.hook'), {trailer: ['hook']}),
	inVariants(
		list('trailer.clips', 'start–end; start–end, a clip may end with @top-right', readRangesCell, formatRanges),
		{
			trailer: ['clips'],
		},
	),
	list('trailer.seriesClip', 'start–end', readRangeCell, formatRange),
	variantOnly(number('targetSeconds', 'a number of seconds (the cut-down length)', /^\d+(?:[.,]\d+)?$/), VARIANT_KINDS),
	variantOnly(number('captionStyle.fontSize', 'a number of pixels (40–96)', /^\d+(?:[.,]\d+)?$/), VARIANT_KINDS),
	variantOnly(text('captionStyle.highlightColor', 'a CSS colour, e.g. #FFD23F'), VARIANT_KINDS),
];
