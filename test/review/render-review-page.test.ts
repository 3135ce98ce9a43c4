import {describe, expect, test} from 'vitest';
import {renderReviewPage} from '../../src/review/render-review-page';
import type {ReviewCard, ReviewMedia} from '../../src/review/review-types';
import {makeManifestEntry} from './make-manifest-entry';

const media = (id: string): ReviewMedia => ({
	fileHash: 'a'.repeat(64),
	poster: `review/${id}.aaaaaaaaaaaa.poster.jpg`,
	frames: [1, 3, 5, 7, 9, 11].map((atSeconds, i) => ({file: `review/${id}.aaaaaaaaaaaa.${i + 1}.jpg`, atSeconds})),
});

const card = (entry: Parameters<typeof makeManifestEntry>[0], extra: Partial<ReviewCard> = {}): ReviewCard => ({
	entry: makeManifestEntry(entry),
	change: {kind: 'first'},
	media: entry.status === 'failed' ? null : media(entry.id),
	fileMissing: false,
	...extra,
});

// In the manifest's order (by id), which is not the page's.
const cards: ReviewCard[] = [
	card({id: 'ep01-header', kind: 'header', episode: 1, cover: 'ep01-header.jpg', durationInSeconds: 4}),
	card(
		{id: 'ep01-teaser', inputs: {props: 'p2', code: 'c1', settings: 's1'}},
		{
			change: {
				kind: 'changed',
				inputs: ['footage/ep01.mp4', 'props'],
				sinceRenderedAt: '2027-01-09T09:00:00.000Z',
				previousStatus: 'rendered',
				sameFile: false,
			},
		},
	),
	card({
		id: 'ep02-teaser',
		episode: 2,
		qc: {
			passed: false,
			checks: [
				{rule: 'frame size', passed: false, measured: '1280×720', limit: '1080×1920'},
				{rule: 'loudness', passed: false, measured: '-9.1 LUFS', limit: '-14 ± 1 LUFS'},
				{rule: 'faststart', passed: true, measured: 'moov first', limit: 'moov first'},
			],
		},
	}),
	card({
		id: 'ep10-teaser',
		episode: 10,
		status: 'failed',
		fileHash: null,
		bytes: null,
		durationInSeconds: null,
		qc: {passed: false, checks: []},
		error: 'Composition <script>alert("x")</script> & co failed',
	}),
	card({id: 'ep03-teaser', episode: 3}, {fileMissing: true}),
	card({
		id: 'ep04-teaser',
		episode: 4,
		lastFailure: {contentKey: 'k2', error: 'Chrome crashed <again>', failedAt: '2027-01-09T10:00:00.000Z'},
	}),
	card({id: 'series-header', kind: 'header', episode: null, cover: 'series-header.jpg', durationInSeconds: 4}),
];

const html = renderReviewPage({
	campaign: 'assets/<my>.campaign.json',
	updatedAt: '2027-01-10T09:05:00.000Z',
	cards,
	timeZone: 'Europe/Paris',
});
const cardIds = [...html.matchAll(/<article class="card" id="([^"]+)"/g)].map((m) => m[1]);
const cardHtml = (id: string) => html.slice(html.indexOf(`<article class="card" id="${id}"`)).split('</article>')[0]!;

describe('renderReviewPage', () => {
	test('one card per asset: the series first, then episode by episode, header before teaser', () => {
		expect(cardIds).toEqual([
			'series-header',
			'ep01-header',
			'ep01-teaser',
			'ep02-teaser',
			'ep03-teaser',
			'ep04-teaser',
			'ep10-teaser',
		]);
		expect([...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
			'Série',
			'Épisode 1',
			'Épisode 2',
			'Épisode 3',
			'Épisode 4',
			'Épisode 10',
		]);
	});

	test('a card shows the playable video with its poster, duration, size and a lazy contact sheet', () => {
		const teaser = cardHtml('ep01-teaser');
		expect(teaser).toContain(
			'<video controls preload="none" playsinline width="1080" height="1920" poster="review/ep01-teaser.aaaaaaaaaaaa.poster.jpg" src="ep01-teaser.mp4"></video>',
		);
		expect(teaser).toContain('<dt>Durée</dt><dd>12.00 s</dd>');
		expect(teaser).toContain('<dt>Taille</dt><dd>3.21 MB</dd>');
		expect(teaser.match(/<img loading="lazy"/g)).toHaveLength(6);
		expect(teaser).toContain('src="review/ep01-teaser.aaaaaaaaaaaa.6.jpg"');
		expect(cardHtml('ep01-header')).toContain('<a href="ep01-header.jpg">ep01-header.jpg</a>');
	});

	test('QC failures name each failed rule with what was measured and the limit', () => {
		const failed = cardHtml('ep02-teaser');
		expect(failed).toContain('data-status="qc-failed"');
		expect(failed).toContain('<b>frame size</b> : mesuré <code>1280×720</code>, limite <code>1080×1920</code>');
		expect(failed).toContain('<b>loudness</b> : mesuré <code>-9.1 LUFS</code>, limite <code>-14 ± 1 LUFS</code>');
		expect(failed).toContain('1/3 règles QC passées');
		expect(html).toContain('<a href="#ep02-teaser">ep02-teaser</a> : frame size, loudness');
		expect(html).toContain('<b class="bad">2</b> à revoir');
	});

	test('a failed render shows its error and no video; a missing file says so', () => {
		const failed = cardHtml('ep10-teaser');
		expect(failed).toContain('data-status="render-failed"');
		expect(failed).not.toContain('<video');
		expect(cardHtml('ep03-teaser')).toContain('ep03-teaser.mp4 absent du dossier');
		expect(cardHtml('ep03-teaser')).not.toContain('<video');
	});

	test('a re-render that failed says so over the earlier render, which it kept', () => {
		const kept = cardHtml('ep04-teaser');
		expect(kept).toContain('<video');
		expect(kept).toContain('Le nouveau rendu a échoué (');
		expect(kept).toContain('Chrome crashed &lt;again&gt;');
		expect(kept).toContain('Ci-dessous, le rendu précédent, gardé.');
		expect(cardHtml('ep01-teaser')).not.toContain('Le nouveau rendu a échoué');
	});

	test('what changed since the last render, by input name', () => {
		expect(cardHtml('ep01-teaser')).toMatch(
			/Depuis le rendu du 09\/01\/2027 10:00:00, changé : <strong><code>footage\/ep01\.mp4<\/code><\/strong> \(fichier de la campagne\), <strong><code>props<\/code><\/strong> .*fichier différent\./,
		);
		expect(cardHtml('ep02-teaser')).toContain('Premier rendu vu par cette page.');
	});

	test('text from the manifest is escaped', () => {
		expect(html).not.toContain('<script');
		expect(html).toContain('Composition &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co failed');
		expect(html).toContain('assets/&lt;my&gt;.campaign.json');
	});

	test('self-contained: relative links only, nothing from the network, nothing that plays by itself', () => {
		expect(html).not.toMatch(/https?:\/\//);
		expect(html).not.toMatch(/<link|<script|@import|url\(/);
		for (const [, url] of html.matchAll(/(?:src|href|poster)="([^"]*)"/g))
			expect(url).toMatch(/^(#|review\/|[\w-]+\.(mp4|jpg)$)/);
		expect(html).not.toContain('autoplay');
		expect(html).not.toContain('preload="auto"');
	});

	test('an empty manifest still makes a page that says what to do', () => {
		const empty = renderReviewPage({campaign: null, updatedAt: null, cards: [], timeZone: 'UTC'});
		expect(empty).toContain('Aucun rendu dans le manifeste');
		expect(empty).not.toContain('<article');
	});
});
