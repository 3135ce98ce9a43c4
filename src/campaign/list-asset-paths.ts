/** A file the campaign points at, with the field that names it. */
export type AssetPathField = {path: string; value: string};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every asset path in a campaign, read from the raw JSON so that missing files are
 * reported in the same run as schema errors elsewhere in the file.
 */
export const listAssetPaths = (raw: unknown): AssetPathField[] => {
	if (!isRecord(raw)) return [];
	const fields: AssetPathField[] = [];
	const add = (path: string, value: unknown) => {
		if (typeof value === 'string' && value !== '') fields.push({path, value});
	};
	add('music', raw.music);
	const fonts = isRecord(raw.brand) && isRecord(raw.brand.fonts) ? raw.brand.fonts : {};
	for (const [name, font] of Object.entries(fonts)) {
		if (isRecord(font)) add(`brand.fonts.${name}.file`, font.file);
	}
	const episodes = Array.isArray(raw.episodes) ? raw.episodes : [];
	episodes.forEach((episode, index) => {
		if (!isRecord(episode)) return;
		add(`episodes[${index}].footage`, episode.footage);
		add(`episodes[${index}].subtitles`, episode.subtitles);
	});
	return fields;
};
