import {createContext} from 'react';

/**
 * Set by the layers composition on a capture of one scene (src/kinds/layers/with-layers.tsx):
 * the scene, by index, that the asset draws alone, as it stands outside any transition, so
 * that ffmpeg can play the transition itself. Null: every scene as the asset plays.
 */
export const SceneDrawingContext = createContext<number | null>(null);
