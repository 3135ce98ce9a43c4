import {parseArgs} from 'node:util';
import {RENDERER_NAMES, type RendererName} from '../backends/local/get-render-strategy';
import {KINDS} from '../kinds/registry';

const KIND_NAMES = Object.keys(KINDS);
import {parseEpisodeList} from './parse-episode-list';

export const DEFAULT_CAMPAIGN = 'assets/cites.campaign.json';

export const BACKEND_NAMES = ['local', 'lambda'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export type RenderOptions = {
	campaign: string;
	episodes: number[] | null;
	kinds: string[] | null;
	only: string[] | null;
	out: string;
	dryRun: boolean;
	json: boolean;
	force: boolean;
	shard: {index: number; count: number} | null;
	concurrency: number | null;
	scale: number;
	backend: BackendName;
	renderer: RendererName;
	/** QC measures the text contrast from whole stills (two per sampled frame) where the backend does not measure it itself. */
	contrast: boolean;
};

export type ParsedArgs = {ok: true; options: RenderOptions} | {ok: false; errors: string[]};

export const RENDER_USAGE = `Usage: npm run render -- [options]
  --campaign FILE      campaign JSON (default ${DEFAULT_CAMPAIGN})
  --episodes 1,3-5     only these episodes' assets (series assets only with --only)
  --kinds header,...   only these kinds (${KIND_NAMES.join(', ')})
  --only ID[,ID]       only these asset ids, e.g. ep03-header,series-header
  --out DIR            output folder (default out/)
  --dry-run            print the plan, render nothing
  --json               machine-readable output on stdout
  --force              re-render even what is up to date
  --shard K/N          render only the K-th of N slices of the plan
  --concurrency N      frames rendered in parallel
  --scale S            render at a fraction of full size, 0 < S ≤ 1 (previews, tests)
  --backend NAME       local (this machine, default) or lambda (AWS Lambda; README "Rendering on AWS Lambda")
  --renderer NAME      on the local backend: layered (default: Chrome draws only the frames
                       whose text changes, ffmpeg the footage) or reference (every frame in Chrome)
  --contrast           text contrast QC (every element ≥ 4.5:1) where the renderer does not
                       measure it: the layered renderer always does (a few seconds an asset); with
                       --renderer reference or --backend lambda this adds whole stills in
                       Chrome (about 10–60 s more per asset)`;

const splitList = (value: string) =>
	value
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');

/** argv → options, or every problem with the flags at once. Pure: no IO. */
export const parseRenderArgs = (argv: readonly string[]): ParsedArgs => {
	let values;
	try {
		({values} = parseArgs({
			args: [...argv],
			options: {
				campaign: {type: 'string'},
				episodes: {type: 'string'},
				kinds: {type: 'string'},
				only: {type: 'string'},
				out: {type: 'string'},
				'dry-run': {type: 'boolean'},
				json: {type: 'boolean'},
				force: {type: 'boolean'},
				shard: {type: 'string'},
				concurrency: {type: 'string'},
				scale: {type: 'string'},
				backend: {type: 'string'},
				renderer: {type: 'string'},
				contrast: {type: 'boolean'},
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		return {ok: false, errors: [`${(error as Error).message}\n${RENDER_USAGE}`]};
	}
	const errors: string[] = [];
	let episodes: number[] | null = null;
	if (values.episodes !== undefined) {
		const parsed = parseEpisodeList(values.episodes);
		if ('error' in parsed) errors.push(`--episodes: ${parsed.error}`);
		else episodes = parsed.episodes;
	}
	let kinds: string[] | null = null;
	if (values.kinds !== undefined) {
		const list = splitList(values.kinds);
		const unknown = list.filter((k) => !KIND_NAMES.includes(k));
		if (unknown.length > 0)
			errors.push(`--kinds: unknown kind ${unknown.map((k) => `"${k}"`).join(', ')}; use ${KIND_NAMES.join(', ')}`);
		kinds = list;
	}
	let shard: RenderOptions['shard'] = null;
	if (values.shard !== undefined) {
		const match = /^(\d+)\/(\d+)$/.exec(values.shard);
		const index = Number(match?.[1]);
		const count = Number(match?.[2]);
		if (!match || count < 1 || index < 1 || index > count) {
			errors.push(`--shard: "${values.shard}" is not K/N with 1 ≤ K ≤ N; write e.g. --shard 2/3`);
		} else shard = {index, count};
	}
	let concurrency: number | null = null;
	if (values.concurrency !== undefined) {
		concurrency = Number(values.concurrency);
		if (!Number.isInteger(concurrency) || concurrency < 1) {
			errors.push(`--concurrency: "${values.concurrency}" is not a whole number ≥ 1`);
		}
	}
	const scale = values.scale === undefined ? 1 : Number(values.scale);
	if (!(scale > 0 && scale <= 1))
		errors.push(`--scale: "${values.scale}" must be a number above 0 and at most 1, e.g. 0.25`);
	const backend = (values.backend ?? 'local') as BackendName;
	if (!BACKEND_NAMES.includes(backend))
		errors.push(`--backend: "${values.backend}" is not a backend; use ${BACKEND_NAMES.join(' or ')}`);
	const renderer = (values.renderer ?? 'layered') as RendererName;
	if (!RENDERER_NAMES.includes(renderer))
		errors.push(`--renderer: "${values.renderer}" is not a renderer; use ${RENDERER_NAMES.join(' or ')}`);
	if (values.renderer !== undefined && backend === 'lambda')
		errors.push('--renderer: chooses how this machine renders; drop it with --backend lambda');
	if (errors.length > 0) return {ok: false, errors};
	return {
		ok: true,
		options: {
			campaign: values.campaign ?? DEFAULT_CAMPAIGN,
			episodes,
			kinds,
			only: values.only === undefined ? null : splitList(values.only),
			out: values.out ?? 'out',
			dryRun: values['dry-run'] ?? false,
			json: values.json ?? false,
			force: values.force ?? false,
			shard,
			concurrency,
			scale,
			backend,
			renderer,
			contrast: values.contrast ?? false,
		},
	};
};
