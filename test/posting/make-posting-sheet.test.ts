import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, test} from 'vitest';
import {campaignSchema} from '../../src/campaign/campaign-schema';
import {listCampaignAssets} from '../../src/kinds/list-campaign-assets';
import {getKindModule} from '../../src/kinds/registry';
import {mergeManifest, writeManifest} from '../../src/plan/manifest';
import {makePostingSheet} from '../../src/posting/make-posting-sheet';
import {planPostTime} from '../../src/posting/plan-post-time';
import {writePostingSheet} from '../../src/posting/write-posting-sheet';
import {readSampleCampaign} from '../helpers/make-campaign-dir';
import {makeManifestEntry} from '../review/make-manifest-entry';

const campaign = campaignSchema.parse(readSampleCampaign());
const assets = listCampaignAssets(campaign);

/** A manifest as a render of the whole sample campaign leaves it, with one failure and one asset the campaign dropped since. */
const manifest = mergeManifest(null, {campaign: 'assets/cites.campaign.json', timeZone: 'Europe/Paris'}, [
	...assets.map(({id, kind, episode}) =>
		makeManifestEntry({
			id,
			kind,
			episode,
			cover: getKindModule(kind).settings.cover ? `${id}.jpg` : null,
			...(id === 'ep05-teaser' ? {status: 'failed' as const, error: 'boom'} : {}),
		}),
	),
	makeManifestEntry({id: 'ep13-teaser', episode: 13}),
]);

describe('the posting sheet', () => {
	const sheet = makePostingSheet({manifest, campaign});

	test('lists every rendered asset of the manifest exactly once, variants included', () => {
		const rendered = manifest.assets.filter((e) => e.status === 'rendered').map((e) => e.id);
		expect(sheet.posts.map((p) => p.id).sort()).toEqual([...rendered].sort());
		expect(new Set(sheet.posts.map((p) => p.id)).size).toBe(sheet.posts.length);
		expect(sheet.posts.some((p) => p.id === 'ep05-teaser')).toBe(false);
		expect(sheet.posts.filter((p) => p.variant !== null).length).toBe(assets.filter((a) => a.variant).length);
		expect(sheet.posts.find((p) => p.id === 'ep13-teaser')).toMatchObject({
			plannedAt: null,
			note: 'not in the campaign assets/cites.campaign.json any more',
		});
	});

	test('a variant says what it overrides, when it goes out and what to write', () => {
		const episode = campaign.episodes.find((e) => e.number === 3)!;
		const variant = episode.teaser.variants![0]!;
		const {name, ...overrides} = variant;
		const post = sheet.posts.find((p) => p.id === `ep03-teaser-${name}`)!;
		expect(post).toMatchObject({
			kind: 'teaser',
			episode: 3,
			variant: name,
			variantOf: 'ep03-teaser',
			overrides,
			file: `ep03-teaser-${name}.mp4`,
			slot: 'In-Feed',
			// Two days before Friday 22 January 18:00, an hour after the teaser itself.
			plannedAt: '2027-01-20T19:00:00+01:00',
			plannedAtText: 'mercredi 20\u00A0janvier à\u00A019\u00A0h',
		});
		expect(post.postText.split('\n')).toEqual([
			'«\u202FCités\u202F» — Épisode 3\u00A0: Sous les platanes',
			'Dès vendredi 22\u00A0janvier à\u00A018\u00A0h sur Prime Video (@primevideofr)',
			'#Cités #PrimeVideo #PrimeVideoCasting #SquareGeorgeSand',
		]);
		expect(sheet.posts.find((p) => p.id === 'series-header')).toMatchObject({
			slot: 'Brand Takeover',
			cover: 'series-header.jpg',
			plannedAt: '2027-01-15T18:00:00+01:00',
		});
	});

	test('post times follow the calendar across the change to summer time', () => {
		const at = (kind: string, variantNumber = 0) =>
			planPostTime({
				releaseAt: '2027-03-29T18:00:00+02:00',
				timeZone: 'Europe/Paris',
				kind,
				series: false,
				variantNumber,
			});
		expect(at('teaser')).toBe('2027-03-27T18:00:00+01:00');
		expect(at('trailer', 2)).toBe('2027-03-28T20:00:00+02:00');
		expect(at('header')).toBe('2027-03-29T18:00:00+02:00');
	});

	test('out/posting.json and out/posting.csv are written from the manifest, and say the same', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cites-posting-'));
		writeManifest(dir, manifest);
		writePostingSheet({outDir: dir, campaign});
		const json = JSON.parse(readFileSync(path.join(dir, 'posting.json'), 'utf8'));
		expect(json.posts).toEqual(sheet.posts);
		const [headers, ...rows] = parse(readFileSync(path.join(dir, 'posting.csv')), {bom: true}) as string[][];
		const column = (name: string) => rows.map((row) => row[headers!.indexOf(name)]);
		expect(column('id')).toEqual(sheet.posts.map((p) => p.id));
		expect(column('postText')).toEqual(sheet.posts.map((p) => p.postText));
		expect(column('overrides')).toContain('targetSeconds 15 s');
	});
});
