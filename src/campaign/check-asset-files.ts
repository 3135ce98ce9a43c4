import * as fontkit from 'fontkit';
import {readFileSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import type {CampaignProblem} from './campaign-error';
import type {AssetPathField} from './list-asset-paths';

/** Why a file is not a font a browser can load, opened with a real font parser; null when it is one. */
const readFontProblem = (file: string): string | null => {
	try {
		const font = fontkit.create(readFileSync(file));
		return 'numGlyphs' in font && font.numGlyphs > 0 ? null : 'a font collection or an empty font';
	} catch (error) {
		return (error as Error).message;
	}
};

const isInside = (root: string, target: string): boolean => {
	const relative = path.relative(root, target);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Node only. Each path must name an existing file inside the assets folder (the campaign's
 * folder), also after following symlinks: Remotion serves that folder to the browser and
 * nothing else, and a campaign must not be able to read files elsewhere on the machine.
 * A font must open as a font (the browser would otherwise fall back to another silently).
 */
export const checkAssetFiles = ({
	file,
	assetsDir,
	fields,
}: {
	file: string;
	assetsDir: string;
	fields: readonly AssetPathField[];
}): CampaignProblem[] => {
	const root = realpathSync(assetsDir);
	const problems: CampaignProblem[] = [];
	for (const field of fields) {
		const problem = (message: string) =>
			problems.push({file, path: field.path, value: field.value, message, severity: 'error'});
		// Shape errors (absolute, "..") are reported by the schema; do not touch such paths.
		if (path.isAbsolute(field.value) || field.value.split(/[\\/]/).includes('..')) continue;
		const target = path.resolve(assetsDir, field.value);
		let real: string;
		try {
			real = realpathSync(target);
		} catch {
			problem(`file not found in ${assetsDir}; check the spelling or add the file there`);
			continue;
		}
		if (!isInside(root, real)) {
			problem(`leads outside the assets folder (to ${real}); copy the file into ${assetsDir} instead of linking to it`);
			continue;
		}
		if (!statSync(real).isFile()) {
			problem('is a folder, not a file; point at the file itself');
			continue;
		}
		const notFont = field.path.startsWith('brand.fonts.') ? readFontProblem(real) : null;
		if (notFont) problem(`is not a font (${notFont}); point at a .woff2, .woff, .ttf or .otf font file`);
	}
	return problems;
};
