/**
 * Where footage proxies live in an assets folder (outside `out/`, served with the assets):
 * what the renderers' planner, the proxy maker and Studio share.
 */
export const PROXY_FOLDER = '.proxies';
/** `{source: proxy}`, paths relative to the assets folder: the latest proxy of each source, for Studio. */
export const PROXY_INDEX = `${PROXY_FOLDER}/index.json`;
