/** The variant of that name, or null for none; a name the campaign does not declare is a bug of the caller. */
export const findVariant = <V extends {name: string}>(
	variants: readonly V[] | undefined,
	name: string | null,
): V | null => {
	if (name === null) return null;
	const found = variants?.find((v) => v.name === name);
	if (!found)
		throw new TypeError(
			`No variant "${name}" (the campaign declares ${variants?.map((v) => v.name).join(', ') || 'none'})`,
		);
	return found;
};
