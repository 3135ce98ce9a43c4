import {describe, expect, test} from 'vitest';
import {getReviewChange} from '../../src/review/get-review-change';
import type {ReviewRecord} from '../../src/review/review-types';
import {makeManifestEntry} from './make-manifest-entry';

const seen: ReviewRecord = {
	id: 'ep03-teaser',
	renderedAt: '2027-01-10T09:00:00.000Z',
	status: 'rendered',
	fileHash: 'h1',
	inputs: {props: 'p1', code: 'c1', settings: 's1', 'footage/ep03.mp4': 'f1'},
	change: {kind: 'first'},
	media: null,
};
const later = '2027-01-11T09:00:00.000Z';

describe('getReviewChange', () => {
	test.each<[string, ReviewRecord | undefined, Parameters<typeof makeManifestEntry>[0], unknown]>([
		['an asset the page never saw', undefined, {id: 'ep03-teaser'}, {kind: 'first'}],
		[
			'the same render seen again keeps what was recorded',
			seen,
			{id: 'ep03-teaser', renderedAt: seen.renderedAt, inputs: {props: 'other'}},
			{kind: 'first'},
		],
		[
			'new props and footage',
			seen,
			{
				id: 'ep03-teaser',
				renderedAt: later,
				fileHash: 'h2',
				inputs: {...seen.inputs, props: 'p2', 'footage/ep03.mp4': 'f2'},
			},
			{kind: 'changed', inputs: ['footage/ep03.mp4', 'props'], sinceRenderedAt: seen.renderedAt, sameFile: false},
		],
		[
			'a file no longer read counts as changed',
			seen,
			{id: 'ep03-teaser', renderedAt: later, fileHash: 'h1', inputs: {props: 'p1', code: 'c1', settings: 's1'}},
			{kind: 'changed', inputs: ['footage/ep03.mp4'], sameFile: true},
		],
		[
			'forced re-render with the same inputs',
			seen,
			{id: 'ep03-teaser', renderedAt: later, fileHash: 'h1', inputs: seen.inputs},
			{kind: 'changed', inputs: [], sameFile: true},
		],
		[
			'a failed render has no file to compare',
			seen,
			{id: 'ep03-teaser', renderedAt: later, status: 'failed', fileHash: null, inputs: {...seen.inputs, code: 'c2'}},
			{kind: 'changed', inputs: ['code'], previousStatus: 'rendered', sameFile: null},
		],
	])('%s', (_what, previous, entry, expected) => {
		expect(getReviewChange({previous, entry: makeManifestEntry(entry)})).toMatchObject(expected as object);
	});
});
