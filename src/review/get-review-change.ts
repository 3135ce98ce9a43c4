import {diffInputs} from '../plan/get-content-key';
import type {ManifestEntry} from '../plan/manifest';
import type {ReviewChange, ReviewRecord} from './review-types';

/**
 * What changed since the render the review page last showed for this asset: the names of
 * the inputs whose hashes differ (props, code, settings, a file). The same render seen again
 * keeps the change recorded when it was new; an asset the page never saw is "first".
 */
export const getReviewChange = ({
	previous,
	entry,
}: {
	previous: ReviewRecord | undefined;
	entry: ManifestEntry;
}): ReviewChange => {
	if (!previous) return {kind: 'first'};
	if (previous.renderedAt === entry.renderedAt) return previous.change;
	return {
		kind: 'changed',
		inputs: diffInputs(previous.inputs, entry.inputs),
		sinceRenderedAt: previous.renderedAt,
		previousStatus: previous.status,
		sameFile: previous.fileHash && entry.fileHash ? previous.fileHash === entry.fileHash : null,
	};
};
