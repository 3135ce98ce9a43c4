import type {CaptionWord} from './types';

export type GetLineTextInput = {line: readonly CaptionWord[]};

/** The line as drawn: its words joined by one space (what is measured and counted). */
export const getLineText = ({line}: GetLineTextInput): string => line.map((word) => word.text).join(' ');
