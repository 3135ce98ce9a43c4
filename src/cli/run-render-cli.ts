import {type Backend, BackendSetupError} from '../backends/backend';
import {createLambdaBackend} from '../backends/lambda/lambda-backend';
import {LAMBDA_BACKEND_ID} from '../backends/lambda/lambda-function-spec';
import {loadJobPricing} from '../backends/lambda/load-job-pricing';
import {readLambdaConfig} from '../backends/lambda/read-lambda-config';
import {getLocalBackendId, getRenderStrategy, type RendererName} from '../backends/local/get-render-strategy';
import {createLocalBackend} from '../backends/local/local-backend';
import {CampaignError, formatProblem} from '../campaign/campaign-error';
import {lockOutDir, type OutDirLock, OutDirLockedError} from '../files/lock-out-dir';
import type {ManifestEntry} from '../plan/manifest';
import type {PlannedJob} from '../plan/plan-render';
import {getCodeHash} from '../plan/get-code-hash';
import {type PreparedPlan, preparePlan, PROJECT_DIR, UsageError} from '../plan/prepare-plan';
import {POSTING_CSV, writePostingSheet} from '../posting/write-posting-sheet';
import {writeReviewPage} from '../review/write-review-page';
import {createReporter} from './create-reporter';
import {type RenderOptions, parseRenderArgs} from './parse-render-args';
import {createContrastCheck} from './create-contrast-check';
import {type JobsResult, runJobs} from './run-jobs';

export type CliIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	isTty: boolean;
	/** Where AWS credentials and region come from (default: the process's environment). */
	env?: Record<string, string | undefined>;
};

export const EXIT = {ok: 0, failed: 1, badInput: 2, interrupted: 130} as const;

/** What a Lambda render of the job would cost, in US dollars; null on the local backend. */
type Pricing = ((job: PlannedJob) => number) | null;

const formatUsd = (usd: number) => `$${usd.toFixed(usd < 0.01 ? 4 : 3)}`;

const planLine = (job: PlannedJob, pricing: Pricing, renderer: RendererName | null) => {
	const strategy = renderer && job.action === 'render' ? getRenderStrategy(job, renderer) : null;
	const how = strategy
		? `  [${strategy.renderer}: Chrome ${strategy.renderer === 'layered' ? 'at most ' : ''}${strategy.capturedFrames}/${strategy.outputFrames} frames${strategy.fallback ? `; ${strategy.fallback}` : ''}]`
		: '';
	return `${job.action === 'render' ? 'render' : 'skip  '} ${job.id.padEnd(16)} ${pricing && job.action === 'render' ? `${formatUsd(pricing(job)).padStart(8)}  ` : ''}${job.reason}${how}`;
};

const planJson = (plan: readonly PlannedJob[], backend: string, pricing: Pricing, renderer: RendererName | null) => ({
	backend,
	assets: plan.map((job) => ({
		id: job.id,
		kind: job.kind,
		episode: job.episode,
		action: job.action,
		reason: job.reason,
		durationInFrames: job.durationInFrames,
		contentKey: job.contentKey,
		...(renderer ? getRenderStrategy(job, renderer) : {}),
		...(pricing ? {estimatedPriceUsd: job.action === 'render' ? pricing(job) : 0} : {}),
	})),
	...(pricing ? {estimatedTotalUsd: totalPrice(plan, pricing)} : {}),
});

/** Per kind, the frames the browser captured against the frames output: where the layered renderer's gain comes from. */
const capturedByKind = (entries: readonly ManifestEntry[], framesOf: (id: string) => number): string => {
	const byKind = new Map<string, {captured: number; output: number}>();
	for (const entry of entries) {
		const sums = byKind.get(entry.kind) ?? {captured: 0, output: 0};
		const output = framesOf(entry.id);
		byKind.set(entry.kind, {captured: sums.captured + (entry.capturedFrames ?? output), output: sums.output + output});
	}
	return [...byKind].map(([kind, {captured, output}]) => `${kind} ${captured}/${output}`).join(', ');
};

const totalPrice = (plan: readonly PlannedJob[], pricing: NonNullable<Pricing>) =>
	plan.filter((job) => job.action === 'render').reduce((sum, job) => sum + pricing(job), 0);

/** The render CLI, minus process plumbing: returns the exit code. */
export const runRenderCli = async (
	argv: readonly string[],
	io: CliIo,
	signals: {onInterrupt: (handler: () => void) => void},
): Promise<number> => {
	const args = parseRenderArgs(argv);
	if (!args.ok) {
		for (const error of args.errors) io.stderr(`error: ${error}\n`);
		return EXIT.badInput;
	}
	const options: RenderOptions = args.options;
	// With --json, stdout carries exactly one JSON document; people read stderr.
	const say = options.json ? io.stderr : io.stdout;

	// A Lambda run needs credentials and a region (a dry run, only a valid region if one is
	// set): say so before any work.
	const env = io.env ?? process.env;
	const lambda = options.backend === 'lambda' ? readLambdaConfig(env, {dryRun: options.dryRun}) : null;
	if (lambda && !lambda.ok) {
		for (const problem of lambda.problems) io.stderr(`error: ${problem}\n`);
		return EXIT.badInput;
	}
	const backendId = options.backend === 'lambda' ? LAMBDA_BACKEND_ID : getLocalBackendId(options.renderer);
	const renderer = options.backend === 'local' ? options.renderer : null;
	const pricing: Pricing = lambda?.ok ? await loadJobPricing(lambda.config.region) : null;

	let prepared: PreparedPlan;
	try {
		prepared = await preparePlan({
			...options,
			backend: backendId,
			onMakeProxy: (source, reasons) => io.stderr(`Normalising ${source} once into a proxy (${reasons.join('; ')})…\n`),
		});
	} catch (error) {
		if (error instanceof CampaignError) {
			io.stderr(
				`The campaign has ${error.problems.length} problem${error.problems.length > 1 ? 's' : ''}; nothing was rendered:\n`,
			);
			for (const problem of error.problems) io.stderr(`  ${formatProblem(problem)}\n`);
			return EXIT.badInput;
		}
		if (error instanceof UsageError) {
			for (const problem of error.problems) io.stderr(`error: ${problem}\n`);
			return EXIT.badInput;
		}
		throw error;
	}
	const {plan, warnings} = prepared;
	if (warnings.length > 0) {
		io.stderr(
			`${warnings.length} caption warning${warnings.length > 1 ? 's' : ''} (not blocking); \`npm run check\` lists them.\n`,
		);
	}
	if (options.dryRun) {
		const toRender = plan.filter((a) => a.action === 'render').length;
		if (options.json) io.stdout(`${JSON.stringify(planJson(plan, backendId, pricing, renderer))}\n`);
		else {
			for (const job of plan) say(`${planLine(job, pricing, renderer)}\n`);
			const price = pricing ? `, about ${formatUsd(totalPrice(plan, pricing))} on AWS Lambda` : '';
			say(`${toRender} to render${price}, ${plan.length - toRender} up to date (dry run: nothing rendered)\n`);
		}
		return EXIT.ok;
	}

	// One writer per output folder: taken once the input is known good (a bad campaign
	// leaves no out/ behind), before the temporary files of the folder are swept.
	let lock: OutDirLock;
	try {
		lock = lockOutDir({outDir: options.out, command: 'render'});
	} catch (error) {
		if (!(error instanceof OutDirLockedError)) throw error;
		io.stderr(`error: ${error.message}\n`);
		return EXIT.badInput;
	}
	try {
		if (lock.tookOverFrom) {
			const {pid, startedAt} = lock.tookOverFrom;
			io.stderr(
				`note: took over the lock of a run that ended without releasing it (pid ${pid}, started ${startedAt})\n`,
			);
		}
		return await renderPlan({io, signals, options, prepared, backendId, renderer, lambda, say});
	} finally {
		lock.release();
	}
};

/** Renders what the plan says, holding the output folder's lock. */
const renderPlan = async ({
	io,
	signals,
	options,
	prepared: {plan, checked},
	backendId,
	renderer,
	lambda,
	say,
}: {
	io: CliIo;
	signals: {onInterrupt: (handler: () => void) => void};
	options: RenderOptions;
	prepared: PreparedPlan;
	backendId: string;
	renderer: RendererName | null;
	lambda: ReturnType<typeof readLambdaConfig> | null;
	say: (text: string) => void;
}): Promise<number> => {
	const toRender = plan.filter((a) => a.action === 'render').length;
	say(
		`${checked.file}: ${plan.length} asset${plan.length === 1 ? '' : 's'}, ${toRender} to render, ${plan.length - toRender} up to date → ${options.out}/\n`,
	);
	const interrupt = {requested: false, cancelCurrent: () => undefined as void};
	signals.onInterrupt(() => {
		interrupt.requested = true;
		interrupt.cancelCurrent();
	});
	const started = Date.now();
	const backend: Backend =
		lambda?.ok === true
			? createLambdaBackend({config: lambda.config, assetsDir: checked.assetsDir, codeHash: getCodeHash(PROJECT_DIR)})
			: createLocalBackend({
					assetsDir: checked.assetsDir,
					concurrency: options.concurrency,
					renderer: options.renderer,
				});
	const contrast = options.contrast ? createContrastCheck(checked.assetsDir) : null;
	let result: JobsResult;
	try {
		result = await runJobs({
			campaign: {campaign: checked.file, timeZone: checked.campaign.series.timeZone},
			plan,
			outDir: options.out,
			backend,
			reporter: createReporter(
				say,
				io.isTty && !options.json,
				plan.filter((a) => a.action === 'render'),
			),
			interrupt,
			checkContrast: contrast?.check ?? null,
		});
	} catch (error) {
		if (!(error instanceof BackendSetupError)) throw error;
		io.stderr(`error: ${error.message}; nothing was rendered\n`);
		return EXIT.badInput;
	} finally {
		await contrast?.close();
	}
	const {outcomes, outOfSpace} = result;
	if (outOfSpace) {
		// Writing the review page would need space too: the next run writes it.
		io.stderr(`error: ${outOfSpace.message}\n`);
		if (options.json) {
			io.stdout(
				`${JSON.stringify({...planJson(plan, backendId, null, renderer), results: outcomes.map((o) => o.entry), error: outOfSpace.message})}\n`,
			);
		}
		return EXIT.failed;
	}
	const failures = outcomes.filter((o) => !o.entry || o.entry.status === 'failed' || !o.entry.qc.passed);
	const seconds = (Date.now() - started) / 1000;
	const frames = outcomes.reduce((sum, o) => sum + (o.entry?.status === 'rendered' ? o.job.durationInFrames : 0), 0);
	// Even when nothing was rendered, so out/posting.csv and out/index.html always show what
	// the manifest says; the review page reads the posting sheet's variants.
	try {
		if (writePostingSheet({outDir: options.out, campaign: checked.campaign})) {
			say(`Posting sheet: ${options.out}/${POSTING_CSV}\n`);
		}
	} catch (error) {
		io.stderr(`warning: posting sheet not written: ${String(error)}\n`);
	}
	await writeReviewPage({
		outDir: options.out,
		onWarning: (message) => io.stderr(`warning: review page: ${message}\n`),
	}).then(
		(page) => say(`Review page: ${page}\n`),
		(error: unknown) => io.stderr(`warning: review page not written: ${String(error)}\n`),
	);
	if (options.json) {
		io.stdout(
			`${JSON.stringify({
				...planJson(plan, backendId, null, renderer),
				results: outcomes.map((o) => o.entry ?? {id: o.job.id, status: 'interrupted'}),
				interrupted: interrupt.requested,
			})}\n`,
		);
	}
	if (interrupt.requested) {
		say(
			`Interrupted: ${outcomes.length} of ${toRender} done; no partial file left. Run the same command again to finish.\n`,
		);
		return EXIT.interrupted;
	}
	say(
		`Done in ${seconds.toFixed(1)} s: ${outcomes.length - failures.length} rendered${frames > 0 ? ` (${(frames / seconds).toFixed(1)} frames/s overall)` : ''}, ${plan.length - toRender} up to date, ${failures.length} failed.\n`,
	);
	const rendered = outcomes.flatMap((o) => (o.entry?.status === 'rendered' ? [o.entry] : []));
	if (renderer && rendered.length > 0) {
		const framesOf = (id: string) => plan.find((job) => job.id === id)?.durationInFrames ?? 0;
		say(`Chrome captured/output frames (${renderer}): ${capturedByKind(rendered, framesOf)}\n`);
	}
	for (const failure of failures) {
		const kept = failure.keptFile ? `; the earlier render ${failure.keptFile} is kept` : '';
		say(`  FAILED ${failure.job.id}: ${failure.entry?.error ?? 'interrupted'}${kept}\n`);
	}
	return failures.length > 0 ? EXIT.failed : EXIT.ok;
};
