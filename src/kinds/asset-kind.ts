import type React from 'react';
import type {CalculateMetadataFunction} from 'remotion';
import type {z} from 'zod';
import type {SoundClip} from '../audio/sound-clip';
import type {Campaign} from '../campaign/campaign-schema';
import type {Episode} from '../campaign/episode-schema';
import {getEpisodeKey} from '../campaign/get-episode-key';
import {VARIANT_NAME} from '../campaign/variant-schema';
import type {DeliverySpec} from '../specs/delivery-specs';
import type {FrameLayers, LayerHints} from '../timeline/frame-layers';
import type {KindRenderSettings} from './render-settings';
import type {CaptionCut} from './caption-cut';
import type {CutDownReport} from './cut-down-report';

/** The kinds of asset, in the order the review page and the plan list them. */
export const ASSET_KINDS = ['header', 'teaser', 'trailer'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** One deliverable: its id is also its Studio composition id and its file name. */
export type AssetRef = {
	id: string;
	/** A key of the kind registry. */
	kind: string;
	/** Episode number, or null for a series-wide asset. */
	episode: number | null;
	/** The variant's name (`b` of `ep03-teaser-b`), or null for the asset itself. */
	variant: string | null;
};

/** Everything that knows one kind of asset, typed with the props of its composition. */
export type KindModule<P extends Record<string, unknown>> = {
	/** The composition every asset of this kind renders through, fed the job's inputProps. */
	compositionId: string;
	/** The React component, loaded on demand so Node code never pulls React in. */
	component: () => Promise<{default: React.ComponentType<P>}>;
	schema: z.ZodObject;
	calculateMetadata: CalculateMetadataFunction<P>;
	/** Matches the ids of this kind's assets (`ep03-teaser`); nothing else reads ids. */
	idPattern: RegExp;
	/** Whether the series has one of these, and whether each episode has one. */
	perSeries: boolean;
	perEpisode: boolean;
	/** Whether it reads its episode's footage and subtitles (checked before a render). */
	readsFootage: boolean;
	/**
	 * Props from the campaign; `episode` is null for the series-wide asset, `variant` names
	 * one of the episode's variants of this kind (listVariants), null or absent for the asset itself.
	 */
	getProps(campaign: Campaign, episode: Episode | null, variant?: string | null): P;
	/** The names of the variants an episode declares of this kind, in campaign order; none when absent. */
	listVariants?: (episode: Episode) => string[];
	/** What a cut-down kept and left out, for the check to explain; null when the props ask for none. */
	explainCutDown?: (props: P, texts: ReadonlyMap<string, string>) => CutDownReport | null;
	/**
	 * Text files (subtitles) the props are completed from before the render, and the
	 * completion itself: pure, so Node (the plan) and the browser (Studio) share it.
	 */
	listTextFiles(props: P): string[];
	completeProps(props: P, texts: ReadonlyMap<string, string>): P;
	/** The footage it burns captions into, from the completed props: what `npm run check` pages; none when absent. */
	listCaptionCuts?: (props: P) => CaptionCut[];
	/** Length in frames, from the props alone: the one place it is computed. */
	getDurationInFrames(props: P): number;
	/**
	 * Each frame's layers (src/timeline/frame-layers.ts) for the layered renderer, from the
	 * completed props and, once measured in the browser, the hints; a kind without it always
	 * renders whole frames in Chrome.
	 */
	layers?: (props: P, durationInFrames: number, hints: LayerHints | null) => FrameLayers[];
	/**
	 * What it plays (SoundTrack plays the same list), from the completed props: with it the
	 * layered renderer mixes the sound without the browser; without it, or muted, Chrome
	 * plays every frame once for the sound.
	 */
	sounds?: (props: P) => SoundClip[];
	/** In the browser, with the brand's fonts: what its layers need measured. */
	measureLayers?: (props: P) => Promise<LayerHints>;
	settings: KindRenderSettings;
	/** The TikTok slot the asset feeds: QC checks it against this. */
	delivery: DeliverySpec;
};

/**
 * A kind in the registry, whatever its props: each kind is checked against its own props
 * where it is defined (`KindModule<HeaderProps>`), and the registry only hands props from
 * a kind's getProps back to the same kind.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindModule = KindModule<any>;

/** `ep03-teaser`, `series-trailer`, and a variant: `ep03-teaser-b`. */
export const getAssetId = (kind: string, episode: number | null, variant: string | null = null): string =>
	`${episode === null ? 'series' : getEpisodeKey(episode)}-${kind}${variant === null ? '' : `-${variant}`}`;

/**
 * The id pattern of a kind named `kind`: `series-kind` or `epNN-kind`, and its variants
 * `epNN-kind-name` (names as src/campaign/variant-schema.ts allows them).
 */
export const makeIdPattern = (kind: string): RegExp =>
	new RegExp(`^(series|ep\\d{2,})-${kind}(-${VARIANT_NAME.source.slice(1, -1)})?$`);
