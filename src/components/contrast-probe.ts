/** The environment variable a render sets to draw frames for the contrast check (ContrastProbe). */
export const CONTRAST_PROBE_ENV = 'REMOTION_CONTRAST_PROBE';

/** The artifact holding a probed frame's text boxes, as JSON. */
export const getContrastProbeFile = (frame: number): string => `contrast-probe-${frame}.json`;
