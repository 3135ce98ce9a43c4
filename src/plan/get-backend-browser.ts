import {getBrowserVersion} from '../backends/local/find-browser';
import {getLocalBackendId, RENDERER_NAMES} from '../backends/local/get-render-strategy';

const LOCAL_BACKEND_IDS = new Set(RENDERER_NAMES.map(getLocalBackendId));

/**
 * The browser a backend renders with, where its id does not already say: the local backends
 * use this machine's Chromium ("Chromium 156.0.8078.114"). Null for Lambda: its Chromium is
 * the one its Remotion version ships, and that version is in its id (`lambda:4.0.527`).
 */
export const getBackendBrowser = (backend: string, getVersion: () => string = getBrowserVersion): string | null =>
	LOCAL_BACKEND_IDS.has(backend) ? getVersion() : null;
