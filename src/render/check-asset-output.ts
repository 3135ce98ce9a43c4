import {checkCover} from '../qc/check-cover';
import {checkVideo} from '../qc/check-video';
import type {QcCheck} from '../qc/probe-data';
import {DELIVERY_SPECS, type AssetKind} from '../specs/delivery-specs';
import {probeImage, probeMedia} from './probe-media';

export type AssetQc = {passed: boolean; checks: QcCheck[]; durationInSeconds: number; bytes: number};

/** Probes a rendered asset (and its cover) and checks it against its kind's slot. */
export const checkAssetOutput = async ({
	kind,
	video,
	cover,
	scale,
}: {
	kind: AssetKind;
	video: string;
	cover: string | null;
	scale: number;
}): Promise<AssetQc> => {
	const spec = DELIVERY_SPECS[kind];
	const probe = await probeMedia(video);
	const checks = checkVideo(probe, spec, {scale});
	if (cover && spec.cover) checks.push(...checkCover(await probeImage(cover), spec.cover.maxBytes, scale));
	return {
		passed: checks.every((c) => c.passed),
		checks,
		durationInSeconds: probe.durationSeconds,
		bytes: probe.sizeBytes,
	};
};

export const formatFailedChecks = (checks: readonly QcCheck[]): string[] =>
	checks.filter((c) => !c.passed).map((c) => `${c.rule}: ${c.measured} (limit ${c.limit})`);
