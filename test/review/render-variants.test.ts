import {describe, expect, test} from 'vitest';
import {renderReviewPage} from '../../src/review/render-review-page';
import type {ReviewCard} from '../../src/review/review-types';
import {makeManifestEntry} from './make-manifest-entry';

const card = (id: string, durationInSeconds: number): ReviewCard => ({
	entry: makeManifestEntry({id, episode: 3, durationInSeconds}),
	change: {kind: 'first'},
	media: {fileHash: 'a'.repeat(64), poster: `review/${id}.poster.jpg`, frames: []},
	fileMissing: false,
});

const page = renderReviewPage({
	campaign: 'assets/cites.campaign.json',
	updatedAt: '2027-01-10T09:00:00.000Z',
	timeZone: 'Europe/Paris',
	cards: [
		card('ep03-teaser', 14.8),
		card('ep03-teaser-15s', 12.4),
		card('ep03-teaser-b', 11.8),
		card('ep04-teaser', 12),
	],
	variants: [
		{id: 'ep03-teaser', variantOf: null, overrides: {}},
		{id: 'ep03-teaser-15s', variantOf: 'ep03-teaser', overrides: {targetSeconds: 15}},
		{
			id: 'ep03-teaser-b',
			variantOf: 'ep03-teaser',
			overrides: {
				segments: [
					{startMs: 7330, endMs: 11_850},
					{startMs: 15_026, endMs: 22_320},
				],
				captionStyle: {fontSize: 72},
			},
		},
	],
});

describe('variants on the review page', () => {
	test('an asset and its variants side by side, each with what it overrides and the values', () => {
		const block = /<div class="variants" data-variants-of="ep03-teaser">[\s\S]*?<\/div><\/div>/.exec(page)?.[0] ?? '';
		const figures = [...block.matchAll(/<figure class="variant" data-variant="([^"]+)">([\s\S]*?)<\/figure>/g)];
		expect(figures.map((f) => f[1])).toEqual(['ep03-teaser', 'ep03-teaser-15s', 'ep03-teaser-b']);
		const text = (html: string) =>
			html
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim();
		expect(text(figures[0]![2]!)).toBe('ep03-teaser QC ok · 14.80 s référence');
		expect(text(figures[1]![2]!)).toBe('ep03-teaser-15s QC ok · 12.40 s targetSeconds 15 s');
		expect(text(figures[2]![2]!)).toBe(
			'ep03-teaser-b QC ok · 11.80 s segments 0:07.330–0:11.850; 0:15.026–0:22.320 captionStyle fontSize 72',
		);
		expect(figures[1]![2]).toContain('src="review/ep03-teaser-15s.poster.jpg"');
	});

	test('an asset without variants gets no comparison', () => {
		expect(page).not.toContain('data-variants-of="ep04-teaser"');
		expect(page.match(/class="variants"/g)).toHaveLength(1);
	});
});
