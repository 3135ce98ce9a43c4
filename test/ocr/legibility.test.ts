import {renderStill, selectComposition} from '@remotion/renderer';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openRenderSession, type RenderSession} from '../../src/backends/local/render-session';
import {formatReleaseFr} from '../../src/campaign/format-release';
import {type CaptionPage, paginateCaptions} from '../../src/captions';
import {getPageTimings} from '../../src/components/caption-word-tracks';
import type {PageTiming} from '../../src/timeline/frame-layers';
import {CAPTION_PADDING_X} from '../../src/components/caption-pages';
import {getLayersCompositionId, type LayersProps} from '../../src/kinds/layers/layers-schema';
import {KINDS} from '../../src/kinds/registry';
import type {RenderJob} from '../../src/kinds/render-job';
import {TEASER_CAPTION_TRACK} from '../../src/kinds/teaser/get-teaser-layers';
import type {TeaserProps} from '../../src/kinds/teaser/schema';
import {getPropsTimeline} from '../../src/kinds/trailer/get-props-timeline';
import type {TrailerProps, TrailerScene} from '../../src/kinds/trailer/schema';
import {preparePlan} from '../../src/plan/prepare-plan';
import {FRAME} from '../../src/specs/frame';
import {SAFE_BOX} from '../../src/specs/safe-zone';
import type {FrameLayers} from '../../src/timeline/frame-layers';
import {SAMPLE_CAMPAIGN} from '../helpers/make-campaign-dir';
import {compareWords, type WordComparison} from './compare-words';
import {makeMeasureWidth} from './measure-text-width';
import {readText} from './read-text';

/** Full size, as the CLI renders by default. */
const SCALE = 1;
const EPISODE = 'ep03';
/** Caption pages sampled, spread over the teaser. */
const PAGES = 1;
/** The cards sampled: the title card (its "ÉPISODE 3" chip, white on a shade of the primary) and the release card (dark type on a bright box). */
const CARDS = ['title', 'release'];

type Sample = {name: string; frame: number; expected: string; readings?: string[]; result?: WordComparison};

/** The middle one of the frames where nothing moves: the page or card stands whole on screen. */
const pickStillFrame = (layers: readonly FrameLayers[], from: number, to: number): number | null => {
	const still = Array.from({length: Math.max(0, to - from)}, (_, i) => from + i).filter(
		(frame) => layers[frame]?.overlay.type === 'still',
	);
	return still[Math.floor(still.length / 2)] ?? null;
};

/** Every text a card shows, from its props: what a viewer should be able to read. */
const getCardText = (scene: Exclude<TrailerScene, {type: 'clip'}>): string => {
	switch (scene.type) {
		case 'open':
			return [scene.presenter, scene.title, scene.tagline].join(' ');
		case 'hook':
			return [scene.kicker, scene.text].join(' ');
		case 'title':
			return [scene.kicker, scene.title, scene.placeName, scene.figure, scene.city].join(' ');
		case 'release':
			return [scene.kicker, scene.prefix, formatReleaseFr(scene), scene.rhythm, scene.where].join(' ');
		case 'credits':
			return scene.credits.map((c) => `${c.role} ${c.name}`).join(' ');
		case 'cta':
			return [scene.seriesTitle, scene.headline, scene.detail, scene.where, ...scene.hashtags].join(' ');
	}
};

/** A few pages spread from the first to the last (one: the middle one). */
const spread = <T>(items: readonly T[], count: number): T[] =>
	items.length <= count
		? [...items]
		: count === 1
			? [items[Math.floor((items.length - 1) / 2)]!]
			: Array.from({length: count}, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);

describe(`legibility: OCR reads back the words of ${EPISODE}'s caption pages and trailer cards (full size)`, () => {
	const out = mkdtempSync(path.join(tmpdir(), 'cites-ocr-'));
	let session: RenderSession;
	const samples: Sample[] = [];
	let pagesAsDrawn: {node: PageTiming[]; browser: PageTiming[]};

	/** Frames of an asset as the CLI renders it: the job's composition and props, its scale, the session's browser. */
	const renderFrames = async (job: RenderJob, frames: readonly number[]): Promise<string[]> => {
		const common = {
			serveUrl: session.serveUrl,
			puppeteerInstance: session.browser,
			...session.browserOptions,
			logLevel: session.logLevel,
			inputProps: job.inputProps,
		};
		const composition = await selectComposition({...common, id: job.compositionId});
		return Promise.all(
			frames.map(async (frame) => {
				const output = path.join(out, `${job.id}-${frame}.png`);
				await renderStill({...common, composition, frame, output, imageFormat: 'png', scale: job.settings.scale});
				return output;
			}),
		);
	};

	beforeAll(async () => {
		const {checked, plan} = await preparePlan({
			campaign: SAMPLE_CAMPAIGN,
			out,
			force: true,
			shard: null,
			scale: SCALE,
			backend: 'local',
			episodes: null,
			kinds: null,
			only: [`${EPISODE}-teaser`, `${EPISODE}-trailer`],
		});
		const teaserJob = plan.find((job) => job.kind === 'teaser')!;
		const trailerJob = plan.find((job) => job.kind === 'trailer')!;
		session = await openRenderSession({assetsDir: checked.assetsDir});
		const common = {
			serveUrl: session.serveUrl,
			puppeteerInstance: session.browser,
			...session.browserOptions,
			logLevel: session.logLevel,
		};

		// Teaser: the pages as src/captions cuts them with the caption font's real widths, and
		// the times the browser measured for the layered renderer, to check both cut alike.
		const measured = await selectComposition({
			...common,
			id: getLayersCompositionId(teaserJob.compositionId),
			inputProps: {props: teaserJob.inputProps, captures: [], pass: 'pictures', hints: null} satisfies LayersProps,
		});
		const {props: teaser, hints} = measured.props as LayersProps & {props: TeaserProps};
		const font = teaser.brand.fonts.bodyBold;
		const pages: CaptionPage[] = paginateCaptions({
			cues: teaser.captions ?? [],
			maxLineWidthPx: SAFE_BOX.width - 2 * CAPTION_PADDING_X,
			measureWidth: makeMeasureWidth({
				file: path.join(checked.assetsDir, font.file),
				fontSize: teaser.captionStyle.fontSize,
			}),
		});
		pagesAsDrawn = {node: getPageTimings(pages), browser: hints?.captionPages[TEASER_CAPTION_TRACK] ?? []};
		const teaserLayers = KINDS.teaser.layers!(teaser, measured.durationInFrames, hints);
		for (const [i, page] of spread(pages, PAGES).entries()) {
			const toFrame = (ms: number) => Math.ceil((ms * FRAME.fps) / 1000);
			const frame = pickStillFrame(teaserLayers, toFrame(page.startMs), toFrame(page.endMs));
			if (frame === null) continue;
			const text = page.lines
				.flat()
				.map((word) => word.text)
				.join(' ');
			samples.push({name: `teaser page ${i + 1} « ${text} »`, frame, expected: text});
		}

		// Trailer: each card, at a frame where its entrances have settled and no transition runs.
		const trailer = trailerJob.inputProps as TrailerProps;
		const trailerLayers = KINDS.trailer.layers!(trailer, trailerJob.durationInFrames, null);
		for (const [index, placed] of getPropsTimeline(trailer).scenes.entries()) {
			const scene = trailer.scenes[index]!;
			if (scene.type === 'clip' || !CARDS.includes(scene.type)) continue;
			const frame = pickStillFrame(trailerLayers, placed.fromFrame, placed.fromFrame + placed.durationInFrames);
			if (frame === null) continue;
			samples.push({name: `trailer ${scene.type} card`, frame, expected: getCardText(scene)});
		}

		const isTeaser = (sample: Sample) => sample.name.startsWith('teaser');
		const images = [
			...(await renderFrames(
				teaserJob,
				samples.filter(isTeaser).map((s) => s.frame),
			)),
			...(await renderFrames(
				trailerJob,
				samples.filter((s) => !isTeaser(s)).map((s) => s.frame),
			)),
		];
		const size = {width: Math.round(FRAME.width * SCALE), height: Math.round(FRAME.height * SCALE)};
		const readings = await Promise.all(images.map((image) => readText({image, ...size})));
		for (const [i, sample] of samples.entries()) {
			sample.readings = readings[i]!;
			sample.result = compareWords({expected: sample.expected, readings: sample.readings});
		}
	});

	afterAll(() => session?.close());

	test('the pages measured here are the pages the browser draws', () => {
		expect(pagesAsDrawn.node).toEqual(pagesAsDrawn.browser);
	});

	test(`${PAGES} caption pages and the ${CARDS.join(' and ')} cards are sampled, each at a frame where it stands whole`, () => {
		expect(samples.filter((s) => s.name.startsWith('teaser'))).toHaveLength(PAGES);
		expect(samples.map((s) => s.name).filter((name) => name.startsWith('trailer'))).toEqual(
			CARDS.map((card) => `trailer ${card} card`),
		);
	});

	test('at least 90 % of the words of each sampled page and card are read back', () => {
		const report = samples.map((s) => ({
			sample: `${s.name} (frame ${s.frame}, ${out})`,
			recall: Math.round(s.result!.recall * 100),
			missed: s.result!.missed.join(' '),
			read: s.readings!.map((text) => text.replace(/\s+/g, ' ').trim()),
		}));
		expect(report.filter((r) => r.recall < 90)).toEqual([]);
	});
});
