/**
 * A deep copy of the props with every string that is exactly a media path replaced by its
 * URL (the compositions load URLs as they are, see resolveMediaSrc). Other values are kept.
 */
export const replaceMediaPaths = <T>(props: T, urls: ReadonlyMap<string, string>): T => {
	const visit = (value: unknown): unknown => {
		if (typeof value === 'string') return urls.get(value) ?? value;
		if (Array.isArray(value)) return value.map(visit);
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
		}
		return value;
	};
	return visit(props) as T;
};
