import {getRemotionEnvironment, staticFile} from 'remotion';
import {PROXY_INDEX} from '../specs/footage-proxy';

/** Every string of `value` that names a source with a proxy, replaced by its proxy. Pure. */
const replaceSources = <T>(value: T, proxies: Readonly<Record<string, string>>): T => {
	if (typeof value === 'string') return (proxies[value] ?? value) as T;
	if (Array.isArray(value)) return value.map((item) => replaceSources(item, proxies)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceSources(item, proxies)])) as T;
	}
	return value;
};

/**
 * In Studio only: the props with each footage file Chrome cannot show right (HDR, HEVC,
 * ProRes, 4K) replaced by its proxy, from the assets folder's proxy index (`npm run studio`
 * makes the missing ones first). Renders get props that already name their proxies.
 */
export const previewProxyFootage = async <T>(props: T, signal: AbortSignal): Promise<T> => {
	if (!getRemotionEnvironment().isStudio) return props;
	const response = await fetch(staticFile(PROXY_INDEX), {signal}).catch(() => null);
	if (!response?.ok) return props;
	const proxies = (await response.json().catch(() => ({}))) as Record<string, string>;
	return replaceSources(props, proxies);
};
