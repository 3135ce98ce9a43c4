import {findKindOfId, KINDS, type KindRegistry} from './registry';
import {BASE_RENDER_SETTINGS, type KindRenderSettings} from './render-settings';

export type CompositionSettings = typeof BASE_RENDER_SETTINGS & Omit<KindRenderSettings, 'cover'>;

/**
 * The encoder settings the batch uses for a composition id (an asset id such as
 * `ep03-header`, or a kind's composition such as `Header`), so `npx remotion render` makes
 * the same file; null for an id of no kind.
 */
export const getCompositionSettings = (id: string, kinds: KindRegistry = KINDS): CompositionSettings | null => {
	const kind = findKindOfId(id, kinds) ?? Object.keys(kinds).find((k) => kinds[k]!.compositionId === id);
	if (!kind) return null;
	const {crf, videoBitrate, muted, normalizeLoudness} = kinds[kind]!.settings;
	return {...BASE_RENDER_SETTINGS, crf, videoBitrate, muted, normalizeLoudness} as CompositionSettings;
};

/** The composition id on a Remotion CLI command line (`remotion render ep03-header out.mp4`), if any. */
export const findCompositionIdInArgv = (argv: readonly string[]): string | null => {
	const positionals = argv.slice(2).filter((arg) => !arg.startsWith('-'));
	const command = positionals.findIndex((arg) => arg === 'render' || arg === 'still');
	if (command === -1) return null;
	// `render [entry point] <id> [output]`: the id is the first positional that names a composition.
	return positionals.slice(command + 1).find((arg) => getCompositionSettings(arg) !== null) ?? null;
};
