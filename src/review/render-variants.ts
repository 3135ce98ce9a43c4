import {escapeFileUrl, escapeHtml} from './escape-html';
import {formatOverrideValue} from '../posting/format-override';
import {formatSeconds} from './format-review-figures';
import type {ReviewCard} from './review-types';

/** What the page knows of a variant: from the posting sheet (src/posting/make-posting-sheet.ts). */
export type ReviewVariant = {id: string; variantOf: string | null; overrides: Record<string, unknown>};

const renderColumn = (card: ReviewCard | undefined, id: string, overrides: Record<string, unknown> | null): string => {
	const poster = card?.media?.poster
		? `<img loading="lazy" decoding="async" width="135" height="240" src="${escapeFileUrl(card.media.poster)}" alt="${escapeHtml(id)}">`
		: '<div class="noposter">pas d’image</div>';
	const duration = card?.entry.durationInSeconds == null ? '' : ` · ${formatSeconds(card.entry.durationInSeconds)}`;
	const status = !card
		? 'absent du manifeste'
		: card.entry.status === 'failed'
			? 'rendu échoué'
			: card.entry.qc.passed
				? 'QC ok'
				: 'QC échoué';
	const diff =
		overrides === null
			? '<p class="base">référence</p>'
			: `<dl>${Object.entries(overrides)
					.map(
						([field, value]) =>
							`<dt>${escapeHtml(field)}</dt><dd>${escapeHtml(formatOverrideValue(field, value))}</dd>`,
					)
					.join('')}</dl>`;
	return `<figure class="variant" data-variant="${escapeHtml(id)}"><a href="#${escapeFileUrl(id)}">${poster}</a><figcaption><code>${escapeHtml(id)}</code><span class="dim">${escapeHtml(status)}${duration}</span>${diff}</figcaption></figure>`;
};

/**
 * Per asset that has variants, the asset and its variants side by side: poster, length, QC,
 * and what each variant overrides, field by field, with the values. Empty when none has any.
 */
export const renderVariantComparisons = (cards: readonly ReviewCard[], variants: readonly ReviewVariant[]): string => {
	const byId = new Map(cards.map((card) => [card.entry.id, card]));
	const bases = [...new Set(variants.flatMap((v) => (v.variantOf && byId.has(v.id) ? [v.variantOf] : [])))].sort();
	return bases
		.map((base) => {
			const own = variants.filter((v) => v.variantOf === base && byId.has(v.id));
			const columns = [
				renderColumn(byId.get(base), base, null),
				...own.map((v) => renderColumn(byId.get(v.id), v.id, v.overrides)),
			];
			return `<div class="variants" data-variants-of="${escapeHtml(base)}"><h3>Variantes de <code>${escapeHtml(base)}</code> (${own.length})</h3><div class="side-by-side">${columns.join('')}</div></div>`;
		})
		.join('\n');
};

export const VARIANTS_STYLE = `
.variants{margin:0 0 16px;padding:12px 14px;background:var(--card);border:1px solid var(--line);border-radius:8px}
.variants h3{margin:0 0 8px;font-size:15px}
.side-by-side{display:flex;gap:14px;overflow-x:auto}
.variant{margin:0;flex:0 0 270px}
.variant img,.variant .noposter{display:block;width:135px;height:240px;object-fit:cover;background:#000;border-radius:4px}
.variant figcaption{display:flex;flex-direction:column;gap:2px;margin-top:6px}
.variant .dim{color:var(--dim)}
.variant .base{margin:4px 0 0;color:var(--dim);font-style:italic}
.variant dl{margin:4px 0 0}
.variant dt{color:var(--warn);font-family:ui-monospace,monospace;font-size:.9em}
.variant dd{margin:0 0 4px}
`;
