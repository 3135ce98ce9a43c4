import {describe, expect, test} from 'vitest';
import {replaceMediaPaths} from '../../../src/backends/lambda/replace-media-paths';

describe('replaceMediaPaths', () => {
	const urls = new Map([
		['footage/ep01.mp4', 'https://b.s3/media/aa.mp4?sig'],
		['fonts/anton.woff2', 'https://b.s3/media/bb.woff2?sig'],
	]);

	test('replaces every string equal to a media path, at any depth, in a copy', () => {
		const props = {
			footage: 'footage/ep01.mp4',
			brand: {fonts: [{family: 'Anton', file: 'fonts/anton.woff2'}], colour: '#ff0000'},
			scenes: [{footage: 'footage/ep01.mp4', startMs: 0}, null, true],
			title: 'footage/ep01.mp4 is a file name', // not equal: kept
		};
		const before = structuredClone(props);
		expect(replaceMediaPaths(props, urls)).toEqual({
			footage: 'https://b.s3/media/aa.mp4?sig',
			brand: {fonts: [{family: 'Anton', file: 'https://b.s3/media/bb.woff2?sig'}], colour: '#ff0000'},
			scenes: [{footage: 'https://b.s3/media/aa.mp4?sig', startMs: 0}, null, true],
			title: 'footage/ep01.mp4 is a file name',
		});
		expect(props).toEqual(before);
	});
});
