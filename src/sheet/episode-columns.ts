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

/** One column of the sheet: its header is the field's path in an episode of the campaign JSON. */
export type EpisodeColumn = {
	header: string;
	path: readonly string[];
	/** How a cell is written, as the README and the error messages say it. */
	help: string;
	read: (text: string, context: ReadContext) => CellResult;
	write: (value: unknown) => SheetCellValue;
};

const text = (header: string, help = 'text'): EpisodeColumn => ({
	header,
	path: header.split('.'),
	help,
	// Spreadsheets on Windows may break lines inside a cell with CRLF; the campaign uses "\n".
	read: (cell) => cellValue(cell.replace(/\r\n?/g, '\n')),
	write: (value) => (typeof value === 'string' && value !== '' ? value : null),
});

const number = (header: string, help: string, pattern: RegExp): EpisodeColumn => ({
	header,
	path: header.split('.'),
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

/**
 * The columns of the sheet, one per field of an episode, in the campaign file's order. An
 * empty cell leaves the field out (its default applies); lists have a cell format of their own.
 */
export const EPISODE_COLUMNS: readonly EpisodeColumn[] = [
	number('number', 'a whole number (the episode number)', /^\d+$/),
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
		help: '2027-01-15T18:00:00+01:00, or 2027-01-15 18:00 / 15/01/2027 18:00 in the series time zone',
		read: (cell, {timeZone}) => readReleaseAtCell(cell, timeZone),
		write: (value) => (typeof value === 'string' ? value : null),
	},
	text('footage', 'a path in the assets folder, e.g. footage/ep03.mp4'),
	text('subtitles', 'a path in the assets folder, e.g. subtitles/ep03.srt'),
	list(
		'teaser.segments',
		'start–end; start–end, e.g. 0:00.000–0:07.467; 0:15.026–0:22.320',
		readRangesCell,
		formatRanges,
	),
	number('header.durationInSeconds', 'a number of seconds (3–5)', /^\d+(?:[.,]\d+)?$/),
	list('captions.overrides', 'JSON, as in the campaign file', readJsonCell, (value: unknown) => JSON.stringify(value)),
	list('hashtags', '#One #Two', readHashtagsCell, formatHashtags),
	text('callToAction.headline'),
	text('callToAction.detail'),
	text('trailer.hook'),
	list('trailer.clips', 'start–end; start–end', readRangesCell, formatRanges),
	list('trailer.seriesClip', 'start–end', readRangeCell, formatRange),
];
