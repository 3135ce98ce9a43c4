/**
 * The Remotion site holding the bundle of this code: one per code hash, so an unchanged
 * bundle is found again and not uploaded, and a changed one never renders under an old name.
 */
export const getSiteName = (codeHash: string): string => {
	if (!/^[0-9a-f]{12,}$/.test(codeHash)) throw new TypeError(`A code hash is hexadecimal, got "${codeHash}"`);
	return `cites-${codeHash.slice(0, 12)}`;
};
