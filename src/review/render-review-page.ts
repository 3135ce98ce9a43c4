import type {ManifestEntry} from '../plan/manifest';
import {escapeFileUrl, escapeHtml} from './escape-html';
import {describeInput, formatBytes, formatDate, formatSeconds} from './format-review-figures';
import {groupReviewCards} from './group-review-cards';
import {REVIEW_PAGE_STYLE} from './review-page-style';
import {renderVariantComparisons, type ReviewVariant, VARIANTS_STYLE} from './render-variants';
import {type CraftRow, renderCraftSection} from './render-craft-section';
import type {ReviewCard, ReviewChange} from './review-types';

export type ReviewPageData = {
	/** The campaign file and the manifest's last update, as the manifest says; null before any render. */
	campaign: string | null;
	updatedAt: string | null;
	cards: readonly ReviewCard[];
	/** Zone the page writes dates in. */
	timeZone: string;
	/** The variants of the posting sheet, shown side by side with their asset; none when absent. */
	variants?: readonly ReviewVariant[];
	/** The craft section's contact sheets (render-craft-section.ts); none when absent. */
	craft?: readonly CraftRow[];
};

type CardStatus = 'passed' | 'qc-failed' | 'render-failed';

const getStatus = (entry: ManifestEntry): CardStatus =>
	entry.status === 'failed' ? 'render-failed' : entry.qc.passed ? 'passed' : 'qc-failed';

const BADGES: Record<CardStatus, string> = {
	passed: '<span class="badge ok">QC ok</span>',
	'qc-failed': '<span class="badge bad">QC échoué</span>',
	'render-failed': '<span class="badge bad">rendu échoué</span>',
};

// Only the page's own stylesheet and files next to it: nothing from the network, even by mistake.
const CSP = "default-src 'none'; img-src 'self' file:; media-src 'self' file:; style-src 'unsafe-inline'";

const renderPlayer = ({entry, media, fileMissing}: ReviewCard): string => {
	if (entry.status === 'failed') return '<div class="missing">rendu échoué : pas de vidéo</div>';
	if (fileMissing) return `<div class="missing">${escapeHtml(entry.file)} absent du dossier</div>`;
	const poster = media?.poster ? ` poster="${escapeFileUrl(media.poster)}"` : '';
	return `<video controls preload="none" playsinline width="1080" height="1920"${poster} src="${escapeFileUrl(entry.file)}"></video>`;
};

const renderFacts = ({entry, fileMissing}: ReviewCard, timeZone: string): string => {
	const rows: [string, string][] = [];
	if (entry.durationInSeconds !== null) rows.push(['Durée', formatSeconds(entry.durationInSeconds)]);
	if (entry.bytes !== null) rows.push(['Taille', formatBytes(entry.bytes)]);
	const took = entry.renderSeconds === null ? '' : ` en ${entry.renderSeconds.toFixed(1)} s`;
	rows.push(['Rendu le', escapeHtml(formatDate(entry.renderedAt, timeZone) + took)]);
	if (entry.scale !== 1) rows.push(['Échelle', `${entry.scale} (aperçu réduit)`]);
	if (entry.status === 'rendered' && !fileMissing) {
		const files = [entry.file, ...(entry.cover ? [entry.cover] : [])];
		rows.push(['Fichiers', files.map((f) => `<a href="${escapeFileUrl(f)}">${escapeHtml(f)}</a>`).join(' · ')]);
	}
	return `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;
};

const renderQc = (entry: ManifestEntry, timeZone: string): string => {
	const parts: string[] = [];
	if (entry.status === 'failed' && entry.error) parts.push(`<pre class="error">${escapeHtml(entry.error)}</pre>`);
	if (entry.lastFailure) {
		parts.push(
			`<pre class="error">Le nouveau rendu a échoué (${escapeHtml(formatDate(entry.lastFailure.failedAt, timeZone))}) : ` +
				`${escapeHtml(entry.lastFailure.error)}\nCi-dessous, le rendu précédent, gardé.</pre>`,
		);
	}
	const failed = entry.qc.checks.filter((check) => !check.passed);
	if (failed.length > 0) {
		const items = failed.map(
			(c) =>
				`<li><b>${escapeHtml(c.rule)}</b> : mesuré <code>${escapeHtml(c.measured)}</code>, limite <code>${escapeHtml(c.limit)}</code></li>`,
		);
		parts.push(`<ul class="failures">${items.join('')}</ul>`);
	}
	if (entry.qc.checks.length > 0) {
		const rows = entry.qc.checks.map(
			(c) =>
				`<tr><td>${c.passed ? '✓' : '✗'}</td><td>${escapeHtml(c.rule)}</td><td>${escapeHtml(c.measured)}</td><td>${escapeHtml(c.limit)}</td></tr>`,
		);
		const passed = entry.qc.checks.length - failed.length;
		parts.push(
			`<details><summary>${passed}/${entry.qc.checks.length} règles QC passées</summary><table><tr><th></th><th>règle</th><th>mesuré</th><th>limite</th></tr>${rows.join('')}</table></details>`,
		);
	}
	return parts.join('');
};

const renderChange = (change: ReviewChange, timeZone: string): string => {
	if (change.kind === 'first') return '<p class="change">Premier rendu vu par cette page.</p>';
	const since = `Depuis le rendu du ${escapeHtml(formatDate(change.sinceRenderedAt, timeZone))}${change.previousStatus === 'failed' ? ' (échoué)' : ''}`;
	const file =
		change.sameFile === true
			? ' ; fichier identique octet pour octet'
			: change.sameFile === false
				? ' ; fichier différent'
				: '';
	if (change.inputs.length === 0) return `<p class="change">${since} : mêmes entrées, rendu à nouveau${file}.</p>`;
	const names = change.inputs.map(
		(name) => `<strong><code>${escapeHtml(name)}</code></strong> (${escapeHtml(describeInput(name))})`,
	);
	return `<p class="change">${since}, changé : ${names.join(', ')}${file}.</p>`;
};

const renderSheet = ({entry, media}: ReviewCard): string => {
	if (!media || media.frames.length === 0) return '';
	const figures = media.frames.map(
		(frame) =>
			`<figure><img loading="lazy" decoding="async" width="180" height="320" src="${escapeFileUrl(frame.file)}" alt="${escapeHtml(entry.id)} à ${frame.atSeconds.toFixed(1)} s"><figcaption>${frame.atSeconds.toFixed(1)} s</figcaption></figure>`,
	);
	return `<div class="sheet">${figures.join('')}</div>`;
};

const renderCard = (card: ReviewCard, timeZone: string): string => {
	const {entry} = card;
	const status = getStatus(entry);
	const id = escapeHtml(entry.id);
	return `<article class="card" id="${id}" data-id="${id}" data-kind="${escapeHtml(entry.kind)}" data-status="${status}">
<div class="player">${renderPlayer(card)}</div>
<div class="info"><h3><code>${id}</code> <span class="kind">${escapeHtml(entry.kind)}</span> ${BADGES[status]}</h3>
${renderFacts(card, timeZone)}${renderQc(entry, timeZone)}${renderChange(card.change, timeZone)}</div>
${renderSheet(card)}</article>`;
};

const renderSummary = (data: ReviewPageData): string => {
	const issues = data.cards.filter((card) => getStatus(card.entry) !== 'passed');
	const meta = data.updatedAt
		? `<p class="meta">campagne <code>${escapeHtml(data.campaign ?? '?')}</code> · manifeste mis à jour le ${escapeHtml(formatDate(data.updatedAt, data.timeZone))} (${escapeHtml(data.timeZone)})</p>`
		: '';
	const issueItems = issues.map(({entry}) => {
		const why =
			entry.status === 'failed'
				? (entry.error ?? 'rendu échoué')
				: entry.qc.checks
						.filter((c) => !c.passed)
						.map((c) => c.rule)
						.join(', ');
		return `<li><a href="#${escapeFileUrl(entry.id)}">${escapeHtml(entry.id)}</a> : ${escapeHtml(why)}</li>`;
	});
	return `${meta}
<p class="summary"><b>${data.cards.length}</b> asset${data.cards.length === 1 ? '' : 's'} · <b class="ok">${data.cards.length - issues.length}</b> QC ok · <b class="${issues.length > 0 ? 'bad' : 'ok'}">${issues.length}</b> à revoir</p>
${issues.length > 0 ? `<ul class="issues">${issueItems.join('')}</ul>` : ''}`;
};

/** The review page: one self-contained HTML document, one card per manifest entry. */
export const renderReviewPage = (data: ReviewPageData): string => {
	const groups = groupReviewCards(data.cards);
	const nav = groups.map((g) => `<a href="#${g.anchor}">${escapeHtml(g.title)}</a>`).join('');
	const sections = groups.map(
		(g) =>
			`<section class="group" id="${g.anchor}"><h2>${escapeHtml(g.title)}</h2>${renderVariantComparisons(g.cards, data.variants ?? [])}<div class="cards">
${g.cards.map((card) => renderCard(card, data.timeZone)).join('\n')}
</div></section>`,
	);
	return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>Revue des rendus (${data.cards.length})</title>
<style>${REVIEW_PAGE_STYLE}${VARIANTS_STYLE}</style>
</head>
<body>
<header class="top">
<h1>Revue des rendus</h1>
${renderSummary(data)}
<label class="filter"><input type="checkbox" id="only-issues"> n’afficher que les assets à revoir</label>
<nav>${nav}</nav>
</header>
<main>
${renderCraftSection(data.craft ?? [])}
${sections.length > 0 ? sections.join('\n') : '<p class="empty">Aucun rendu dans le manifeste : lancez <code>npm run render</code>.</p>'}
</main>
</body>
</html>
`;
};
