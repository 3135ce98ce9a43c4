import {getOffsetInZone} from '../campaign/get-offset-in-zone';
import type {AssetKind} from '../kinds/asset-kind';

/**
 * When each kind is posted, relative to the release it announces (an episode's, or the
 * first episode's for series-wide assets), in days at the release's local time: the series
 * trailer a week ahead, an episode's teaser two days and its trailer one day ahead, the
 * header (the Takeover opener) at the release itself.
 */
export const POST_OFFSET_DAYS = {
	header: {episode: 0, series: 0},
	teaser: {episode: -2, series: -2},
	trailer: {episode: -1, series: -7},
} satisfies Record<AssetKind, {episode: number; series: number}>;

/** A variant goes out the same day as its asset, this many hours after the one before it. */
export const VARIANT_STEP_HOURS = 1;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The planned post time, in the series time zone with its offset on that day (summer time
 * included): `releaseAt` moved by the kind's days and, for the n-th variant (1 for the
 * first), n hours. Pure.
 */
export const planPostTime = ({
	releaseAt,
	timeZone,
	kind,
	series,
	variantNumber,
}: {
	releaseAt: string;
	timeZone: string;
	kind: string;
	series: boolean;
	/** 0 for the asset itself, n for its n-th variant. */
	variantNumber: number;
}): string => {
	const offsets = (POST_OFFSET_DAYS as Record<string, {episode: number; series: number}>)[kind] ?? {
		episode: 0,
		series: 0,
	};
	const days = series ? offsets.series : offsets.episode;
	// The release's wall clock in its zone, moved on the calendar (not by 24 h steps, which summer time would shift).
	const wall = new Date(`${releaseAt.slice(0, 19)}Z`);
	wall.setUTCDate(wall.getUTCDate() + days);
	wall.setUTCHours(wall.getUTCHours() + variantNumber * VARIANT_STEP_HOURS);
	const local = `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`;
	const guess = getOffsetInZone(`${local}Z`, timeZone);
	return `${local}${getOffsetInZone(`${local}${guess}`, timeZone)}`;
};
