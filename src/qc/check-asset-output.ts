import {checkCover} from './check-cover';
import {checkLoudness, checkStart} from './check-levels';
import {checkVideo} from './check-video';
import type {QcCheck} from './qc-check';
import {getKindModule, KINDS, type KindRegistry} from '../kinds/registry';
import {measureLoudness} from '../media/measure-loudness';
import {measureStart} from '../media/measure-start';
import {probeImage, probeMedia} from '../media/probe-media';

export type AssetQc = {passed: boolean; checks: QcCheck[]; durationInSeconds: number; bytes: number};

/**
 * Probes a delivered file (and a header's cover) and checks it against its kind's slot:
 * the format rules, the loudness measured again, and the first half second.
 */
export const checkAssetOutput = async ({
	kind,
	video,
	cover,
	scale = 1,
	kinds = KINDS,
}: {
	/** The kind whose delivery slot the file is checked against. */
	kind: string;
	video: string;
	cover: string | null;
	scale?: number;
	kinds?: KindRegistry;
}): Promise<AssetQc> => {
	const spec = getKindModule(kind, kinds).delivery;
	const probe = await probeMedia(video);
	const checks = checkVideo(probe, spec, {scale});
	if (probe.audio && spec.audio === 'required') checks.push(...checkLoudness(await measureLoudness(video)));
	if (probe.video) checks.push(...checkStart(await measureStart(video, probe.audio !== null), spec));
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
