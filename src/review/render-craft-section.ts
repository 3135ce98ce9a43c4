import {escapeFileUrl, escapeHtml} from './escape-html';

export type CraftPicture = {file: string; label: string};
export type CraftRow = {title: string; pictures: CraftPicture[]};

/**
 * The "craft" section: contact sheets of layout at a glance, every header's cover, the
 * cards of one trailer, a dozen caption pages of one teaser, one row each.
 */
export const renderCraftSection = (rows: readonly CraftRow[]): string => {
	const filled = rows.filter((row) => row.pictures.length > 0);
	if (filled.length === 0) return '';
	const sheets = filled.map(
		(row) =>
			`<h3>${escapeHtml(row.title)}</h3><div class="sheet craft">${row.pictures
				.map(
					(p) =>
						`<figure><img loading="lazy" decoding="async" width="180" height="320" src="${escapeFileUrl(p.file)}" alt="${escapeHtml(p.label)}"><figcaption>${escapeHtml(p.label)}</figcaption></figure>`,
				)
				.join('')}</div>`,
	);
	return `<section class="group" id="craft"><h2>Mise en page</h2>\n${sheets.join('\n')}\n</section>`;
};
