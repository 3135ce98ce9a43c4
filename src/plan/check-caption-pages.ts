import type {CampaignProblem} from '../campaign/campaign-error';
import type {Campaign} from '../campaign/campaign-schema';
import {CAPTION_SPECS} from '../captions/caption-specs';
import {
	addCaptionTotals,
	type CaptionPageFlaw,
	type CaptionPageRow,
	formatCaptionTotals,
	formatClock,
	plain,
} from '../captions/describe-caption-pages';
import {type CaptionFlawRule, getSpeedFix} from '../captions/get-flaw-fix';
import {KINDS} from '../kinds/registry';
import {type AssetCaptionPages, listCaptionPages} from './list-caption-pages';

/** How many pages have a flaw, as the summary line says it: `2 orphan pages`. */
const RULE_LABELS: Record<CaptionFlawRule, (n: number) => string> = {
	'override-not-kept': (n) => `${n} override${n === 1 ? '' : 's'} not kept`,
	orphan: (n) => `${n} orphan page${n === 1 ? '' : 's'}`,
	'forbidden-break': (n) => `${n} forbidden break${n === 1 ? '' : 's'}`,
	unbalanced: (n) => `${n} unbalanced page${n === 1 ? '' : 's'}`,
	'too-short': (n) => `${n} page${n === 1 ? '' : 's'} under ${CAPTION_SPECS.minDurationMs} ms`,
	'reading-speed': (n) => `${n} page${n === 1 ? '' : 's'} over ${CAPTION_SPECS.maxCharsPerSecond} chars/s`,
};

type Flawed = {page: CaptionPageRow; flaw: CaptionPageFlaw};

/** One rule's pages of a cut: each with its own fix, or (reading speed, the same fix) the pages then one fix. */
const describeRule = (rule: CaptionFlawRule, flawed: readonly Flawed[]): string => {
	const label = RULE_LABELS[rule](flawed.length);
	if (rule === 'reading-speed') {
		const pages = flawed.map(
			({page}) => `${formatClock(page.startMs)} (cue ${page.cue}, ${page.charsPerSecond} chars/s)`,
		);
		return `${label} at ${pages.join(', ')}: ${getSpeedFix([...new Set(flawed.map(({page}) => page.cue))])}`;
	}
	const pages = flawed.map(
		({page, flaw}) => `at ${formatClock(page.startMs)} (cue ${page.cue}) ${plain(flaw.message)}: ${plain(flaw.fix)}`,
	);
	return `${label}: ${pages.join('; ')}`;
};

/**
 * Pure. One warning per asset (per clip of a trailer) whose caption pages have flaws, at the
 * caption overrides where the fix goes: each flaw with the page's time on the asset, its cue
 * and what to write. Page flaws are warnings: what fails the check is the caption lint.
 */
const getCaptionFlawWarnings = ({
	file,
	assets,
}: {
	file: string;
	assets: readonly AssetCaptionPages[];
}): CampaignProblem[] =>
	assets.flatMap((asset) =>
		asset.cuts.flatMap((cut): CampaignProblem[] => {
			const flawed = cut.pages.flatMap((page) => page.flaws.map((flaw) => ({page, flaw})));
			if (flawed.length === 0) return [];
			const rules = (Object.keys(RULE_LABELS) as CaptionFlawRule[]).filter((rule) =>
				flawed.some(({flaw}) => flaw.rule === rule),
			);
			const parts = rules.map((rule) =>
				describeRule(
					rule,
					flawed.filter(({flaw}) => flaw.rule === rule),
				),
			);
			const name = cut.clip === null ? asset.id : `${asset.id} ${cut.clip}`;
			return [{file, path: cut.overrides, severity: 'warning', message: `${name}: ${parts.join('; ')}`}];
		}),
	);

/** Pure. `caption pages of 44 assets (185 in 27 teasers, 136 in 17 trailers): 321 pages, 0 orphan pages, …`, kinds in registry order. */
export const formatCaptionSummary = (assets: readonly AssetCaptionPages[]): string => {
	const kinds = Object.keys(KINDS).flatMap((kind) => {
		const ofKind = assets.filter((a) => a.kind === kind);
		if (ofKind.length === 0) return [];
		return [`${addCaptionTotals(ofKind.map((a) => a.totals)).pages} in ${ofKind.length} ${kind}s`];
	});
	const totals = addCaptionTotals(assets.map((a) => a.totals));
	return `caption pages of ${assets.length} assets (${kinds.join(', ')}): ${formatCaptionTotals(totals)}`;
};

/**
 * Node only. The caption pages of every asset of a checked campaign, for `npm run check`: a
 * summary line, and a warning per asset (per trailer clip) whose pages have flaws.
 */
export const checkCaptionPages = ({
	file,
	assetsDir,
	campaign,
}: {
	file: string;
	assetsDir: string;
	campaign: Campaign;
}): {lines: string[]; problems: CampaignProblem[]} => {
	const assets = listCaptionPages({assetsDir, campaign});
	return {lines: [formatCaptionSummary(assets)], problems: getCaptionFlawWarnings({file, assets})};
};
