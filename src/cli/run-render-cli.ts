import {CampaignError, formatProblem} from '../campaign/campaign-error';
import {createReporter} from './create-reporter';
import {type RenderOptions, parseRenderArgs} from './parse-render-args';
import type {PlannedAsset} from '../plan/plan-render';
import {type PreparedPlan, preparePlan, UsageError} from '../plan/prepare-plan';
import {type AssetOutcome, renderPlan} from './run-jobs';
import {writeReviewPage} from '../review/write-review-page';

export type CliIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	isTty: boolean;
};

export const EXIT = {ok: 0, failed: 1, badInput: 2, interrupted: 130} as const;

const planLine = (asset: PlannedAsset) =>
	`${asset.action === 'render' ? 'render' : 'skip  '} ${asset.id.padEnd(16)} ${asset.reason}`;

const planJson = (plan: readonly PlannedAsset[]) => ({
	assets: plan.map(({id, kind, episode, action, reason, estimatedFrames, inputKey}) => ({
		id,
		kind,
		episode,
		action,
		reason,
		estimatedFrames,
		inputKey,
	})),
});

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

	let prepared: PreparedPlan;
	try {
		prepared = await preparePlan(options);
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
	const {plan, loaded, warnings} = prepared;
	if (warnings.length > 0) {
		io.stderr(
			`${warnings.length} caption warning${warnings.length > 1 ? 's' : ''} (not blocking); \`npm run check\` lists them.\n`,
		);
	}
	const toRender = plan.filter((a) => a.action === 'render').length;

	if (options.dryRun) {
		if (options.json) io.stdout(`${JSON.stringify(planJson(plan))}\n`);
		else {
			for (const asset of plan) say(`${planLine(asset)}\n`);
			say(`${toRender} to render, ${plan.length - toRender} up to date (dry run: nothing rendered)\n`);
		}
		return EXIT.ok;
	}

	say(
		`${loaded.file}: ${plan.length} asset${plan.length === 1 ? '' : 's'}, ${toRender} to render, ${plan.length - toRender} up to date → ${options.out}/\n`,
	);
	const interrupt = {requested: false, cancelCurrent: () => undefined as void};
	signals.onInterrupt(() => {
		interrupt.requested = true;
		interrupt.cancelCurrent();
	});
	const started = Date.now();
	const outcomes: AssetOutcome[] = await renderPlan({
		loaded,
		plan,
		outDir: options.out,
		concurrency: options.concurrency,
		scale: options.scale,
		reporter: createReporter(
			say,
			io.isTty && !options.json,
			plan.filter((a) => a.action === 'render'),
		),
		interrupt,
	});
	const failures = outcomes.filter((o) => !o.entry || o.entry.status === 'failed' || !o.entry.qc.passed);
	const seconds = (Date.now() - started) / 1000;
	const frames = outcomes.reduce((sum, o) => sum + (o.entry?.status === 'rendered' ? o.asset.estimatedFrames : 0), 0);
	// Even when nothing was rendered, so out/index.html always shows what the manifest says.
	await writeReviewPage({
		outDir: options.out,
		timeZone: loaded.campaign.series.timeZone,
		onWarning: (message) => io.stderr(`warning: review page: ${message}\n`),
	}).then(
		(page) => say(`Review page: ${page}\n`),
		(error: unknown) => io.stderr(`warning: review page not written: ${String(error)}\n`),
	);
	if (options.json) {
		io.stdout(
			`${JSON.stringify({
				...planJson(plan),
				results: outcomes.map((o) => o.entry ?? {id: o.asset.id, status: 'interrupted'}),
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
	for (const failure of failures) say(`  FAILED ${failure.asset.id}: ${failure.entry?.error ?? 'interrupted'}\n`);
	return failures.length > 0 ? EXIT.failed : EXIT.ok;
};
