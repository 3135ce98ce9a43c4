/** One asset rendered both ways in a bench run. */
export type BenchAsset = {
	id: string;
	kind: string;
	frames: number;
	captured: number;
	referenceSeconds: number;
	layeredSeconds: number;
	ssimMean: number | null;
	ssimMin: number | null;
	audioIdentical: boolean | null;
	sameQc: boolean;
};

const fps = (frames: number, seconds: number) => (seconds > 0 ? frames / seconds : 0);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Per kind and for all: frames, seconds and frames/s both ways, Chrome captures, speed-up, SSIM. Markdown. Pure. */
export const formatBenchTable = (assets: readonly BenchAsset[]): string => {
	const groups = [...new Set(assets.map((a) => a.kind))].map((kind) => ({
		name: kind,
		assets: assets.filter((a) => a.kind === kind),
	}));
	const rows = [...groups, {name: '**all**', assets}].map(({name, assets: group}) => {
		const frames = sum(group.map((a) => a.frames));
		const reference = sum(group.map((a) => a.referenceSeconds));
		const layered = sum(group.map((a) => a.layeredSeconds));
		const captured = sum(group.map((a) => a.captured));
		const means = group.flatMap((a) => (a.ssimMean === null ? [] : [a.ssimMean]));
		const mins = group.flatMap((a) => (a.ssimMin === null ? [] : [a.ssimMin]));
		const ssim = means.length > 0 ? `${Math.min(...means).toFixed(4)} / ${Math.min(...mins).toFixed(4)}` : '—';
		return `| ${name} | ${group.length} | ${frames} | ${reference.toFixed(0)} s · ${fps(frames, reference).toFixed(1)} | ${layered.toFixed(0)} s · ${fps(frames, layered).toFixed(1)} | ${captured} (${((100 * captured) / frames).toFixed(0)} %) | **${(reference / layered).toFixed(2)}×** | ${ssim} |`;
	});
	return [
		'| kind | assets | frames | reference: time · frames/s | layered: time · frames/s | Chrome captures | speed-up | SSIM lowest mean / lowest min |',
		'|---|---:|---:|---:|---:|---:|---:|---|',
		...rows,
	].join('\n');
};

/** One line per asset: both times, SSIM, sound, QC. Pure. */
export const formatBenchAsset = (a: BenchAsset): string =>
	[
		a.id.padEnd(16),
		`${String(a.frames).padStart(5)} frames`,
		`Chrome ${String(a.captured).padStart(5)}`,
		`reference ${a.referenceSeconds.toFixed(1).padStart(6)} s`,
		`layered ${a.layeredSeconds.toFixed(1).padStart(6)} s`,
		`${(a.referenceSeconds / a.layeredSeconds).toFixed(2)}×`,
		a.ssimMean === null ? '' : `SSIM ${a.ssimMean.toFixed(4)} min ${a.ssimMin?.toFixed(4)}`,
		a.audioIdentical === null ? 'no sound' : a.audioIdentical ? 'sound identical' : 'SOUND DIFFERS',
		a.sameQc ? 'same QC' : 'QC DIFFERS',
	].join('  ');
