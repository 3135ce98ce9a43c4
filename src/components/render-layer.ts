import {createContext, useContext} from 'react';

/**
 * What a composition draws, for the layered renderer (src/backends/local/layered):
 * - `all`: everything, as Studio and the reference renderer show it;
 * - `overlay`: only what stands over the footage and the backdrop (text, cards, labels),
 *   on a transparent page, so ffmpeg can put it over footage it cuts itself;
 * - `audio`: only what makes sound (a kind's SoundTrack), for a sound pass in Chrome (kinds
 *   that list their sounds are mixed without it).
 */
export type RenderLayer = 'all' | 'overlay' | 'audio';

export const RenderLayerContext = createContext<RenderLayer>('all');

export const useRenderLayer = (): RenderLayer => useContext(RenderLayerContext);

/** A solid fill under everything: drawn only when the whole frame is. */
export const useUnderlayColor = (color: string): string | undefined => (useRenderLayer() === 'all' ? color : undefined);
