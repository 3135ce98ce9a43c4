import type {AnyKindModule, AssetKind} from './asset-kind';
import {headerKind} from './header/header-kind';
import {teaserKind} from './teaser/teaser-kind';
import {trailerKind} from './trailer/trailer-kind';

/**
 * Every kind of asset, and all that knows it. Root, the plan, QC and the review page ask
 * here; nothing else matches on ids. A new kind is a folder beside these and a line here.
 */
export const KINDS = {
	header: headerKind,
	teaser: teaserKind,
	trailer: trailerKind,
} satisfies Record<AssetKind, AnyKindModule>;

export type KindRegistry = Record<string, AnyKindModule>;

/** The kind whose id pattern matches an asset id, if any. */
export const findKindOfId = (id: string, kinds: KindRegistry = KINDS): string | null =>
	Object.keys(kinds).find((kind) => kinds[kind]!.idPattern.test(id)) ?? null;

/** The module of a kind name; a name outside the registry is a bug, not an input error. */
export const getKindModule = (kind: string, kinds: KindRegistry = KINDS): AnyKindModule => {
	const found = kinds[kind];
	if (!found) throw new TypeError(`No asset kind "${kind}" in the registry (${Object.keys(kinds).join(', ')})`);
	return found;
};
