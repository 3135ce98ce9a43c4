import {type CellResult, cellValue} from './cell-result';

/** `#PlaceAragon #Cités`: hashtags have no spaces, so a space separates them. */
export const formatHashtags = (hashtags: readonly string[]): string => hashtags.join(' ');

/** Spaces, commas or semicolons between hashtags; the schema checks each one. */
export const readHashtagsCell = (text: string): CellResult =>
	cellValue(text.split(/[\s,;]+/).filter((tag) => tag !== ''));
