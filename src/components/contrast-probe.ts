import {createContext} from 'react';

/** The environment variable a render sets to draw frames for the contrast check (ContrastProbe). */
export const CONTRAST_PROBE_ENV = 'REMOTION_CONTRAST_PROBE';

/** The artifact holding a probed frame's text boxes, as JSON. */
export const getContrastProbeFile = (frame: number): string => `contrast-probe-${frame}.json`;

/** Set by the layers composition on a capture drawn for the contrast measure (src/kinds/layers/with-layers.tsx). */
export const ContrastProbeContext = createContext(false);
