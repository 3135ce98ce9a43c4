import type {Campaign} from '../campaign/campaign-schema';
import type {Episode} from '../campaign/episode-schema';
import {formatReleaseFr} from '../campaign/format-release';
import {listCampaignAssets} from '../kinds/list-campaign-assets';
import {getKindModule, KINDS} from '../kinds/registry';
import type {Manifest} from '../plan/manifest';
import {getPostText} from './get-post-text';
import {planPostTime} from './plan-post-time';

/** One post to make: a rendered asset or variant, its files, its slot, when and with what text. */
export type PostingRow = {
	id: string;
	kind: string;
	episode: number | null;
	/** The variant's name (`b` of `ep03-teaser-b`), or null for the asset itself. */
	variant: string | null;
	/** Of a variant, the asset it is a variant of (`ep03-teaser`); null otherwise. */
	variantOf: string | null;
	/** What the variant changes, field by field, as the campaign says it; {} for the asset itself. */
	overrides: Record<string, unknown>;
	/** Paths relative to the posting sheet (the output folder), as in the manifest. */
	file: string;
	cover: string | null;
	durationInSeconds: number | null;
	/** The TikTok slot it is made for (its kind's delivery spec). */
	slot: string;
	qcPassed: boolean;
	/** Planned post time in the series time zone, with its offset; null when the asset is no longer in the campaign. */
	plannedAt: string | null;
	/** The same, as French readers say it: "mercredi 20 janvier à 18 h". */
	plannedAtText: string | null;
	postText: string;
	/** Why a row lacks its post time or text. */
	note: string | null;
};

export type PostingSheet = {
	version: 1;
	campaign: string;
	timeZone: string;
	/** When the manifest it was made from was last updated. */
	manifestUpdatedAt: string;
	posts: PostingRow[];
};

type Variant = {name: string} & Record<string, unknown>;

/** The episode's variants of a kind: they sit at `episodes[i].<kind>.variants` (src/campaign/variant-schema.ts). */
const getVariant = (episode: Episode, kind: string, name: string): {variant: Variant; number: number} | null => {
	const variants = ((episode as unknown as Record<string, {variants?: Variant[]} | undefined>)[kind]?.variants ??
		[]) as Variant[];
	const index = variants.findIndex((v) => v.name === name);
	return index < 0 ? null : {variant: variants[index]!, number: index + 1};
};

const timeOf = (row: PostingRow) => (row.plannedAt ? Date.parse(row.plannedAt) : Infinity);

/**
 * The posting sheet of an output folder: every rendered asset of the manifest, once, with
 * what the campaign says about it, sorted by planned post time. Pure.
 */
export const makePostingSheet = ({manifest, campaign}: {manifest: Manifest; campaign: Campaign}): PostingSheet => {
	const {timeZone} = campaign.series;
	const assets = new Map(listCampaignAssets(campaign).map((asset) => [asset.id, asset]));
	const firstRelease = [...campaign.episodes].sort((a, b) => a.releaseAt.localeCompare(b.releaseAt))[0]?.releaseAt;
	const posts = manifest.assets
		.filter((entry) => entry.status === 'rendered')
		.map((entry): PostingRow => {
			const asset = assets.get(entry.id);
			const episode = asset?.episode === null ? null : campaign.episodes.find((e) => e.number === asset?.episode);
			const slot = entry.kind in KINDS ? getKindModule(entry.kind).delivery.slot : '';
			const base = {
				id: entry.id,
				kind: entry.kind,
				episode: entry.episode,
				file: entry.file,
				cover: entry.cover,
				durationInSeconds: entry.durationInSeconds,
				slot,
				qcPassed: entry.qc.passed,
			};
			if (!asset || episode === undefined) {
				return {
					...base,
					variant: null,
					variantOf: null,
					overrides: {},
					plannedAt: null,
					plannedAtText: null,
					postText: '',
					note: `not in the campaign ${manifest.campaign} any more`,
				};
			}
			const found = asset.variant && episode ? getVariant(episode, asset.kind, asset.variant) : null;
			const overrides = Object.fromEntries(Object.entries(found?.variant ?? {}).filter(([field]) => field !== 'name'));
			const releaseAt = episode?.releaseAt ?? firstRelease;
			const plannedAt = releaseAt
				? planPostTime({
						releaseAt,
						timeZone,
						kind: asset.kind,
						series: episode === null,
						variantNumber: found?.number ?? 0,
					})
				: null;
			// A hook the variant gives, else the one of its kind's section of the episode (trailer.hook).
			const section = episode
				? (episode as unknown as Record<string, {hook?: unknown} | undefined>)[asset.kind]
				: undefined;
			const hook = [overrides.hook, section?.hook].find((h): h is string => typeof h === 'string') ?? null;
			return {
				...base,
				variant: asset.variant,
				variantOf: asset.variant ? entry.id.slice(0, -(asset.variant.length + 1)) : null,
				overrides,
				plannedAt,
				plannedAtText: plannedAt ? formatReleaseFr({releaseAt: plannedAt, timeZone}) : null,
				postText: getPostText({campaign, episode, hook}),
				note: null,
			};
		})
		.sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id));
	return {version: 1, campaign: manifest.campaign, timeZone, manifestUpdatedAt: manifest.updatedAt, posts};
};
