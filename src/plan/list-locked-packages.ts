/** The part of package-lock.json (lockfileVersion 2 or 3) that says what is installed where. */
export type Lockfile = {
	packages?: Record<
		string,
		{
			version?: string;
			integrity?: string;
			dependencies?: Record<string, string>;
			optionalDependencies?: Record<string, string>;
			peerDependencies?: Record<string, string>;
		}
	>;
};

const NODE_MODULES = 'node_modules/';

/** Where Node finds `name` from the package at `from` ('' is the project): its own node_modules, then each parent's. */
const resolveIn = (packages: NonNullable<Lockfile['packages']>, name: string, from: string): string | null => {
	for (let dir = from; ;) {
		const candidate = `${dir === '' ? '' : `${dir}/`}${NODE_MODULES}${name}`;
		if (packages[candidate]) return candidate;
		if (dir === '') return null;
		dir = dir.slice(0, dir.lastIndexOf(NODE_MODULES)).replace(/\/$/, '');
	}
};

/**
 * The packages `roots` load, with everything they depend on, as the lockfile resolves them:
 * one `name@version integrity` line each, sorted. Only these decide what the bundle and the
 * renderer contain; a Node-only package (the AWS SDK, a parser of the campaign) does not.
 * Pure. Throws when a root is not in the lockfile, naming the fix.
 */
export const listLockedPackages = ({lockfile, roots}: {lockfile: Lockfile; roots: readonly string[]}): string[] => {
	const packages = lockfile.packages ?? {};
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const entry = packages[key];
		const names = Object.keys({...entry?.dependencies, ...entry?.optionalDependencies, ...entry?.peerDependencies});
		for (const name of names) {
			// Optional dependencies and peers may be absent (another platform's binary, an unused peer).
			const found = resolveIn(packages, name, key);
			if (found) visit(found);
		}
	};
	for (const root of roots) {
		const found = resolveIn(packages, root, '');
		if (!found) {
			throw new TypeError(
				`The video bundle imports "${root}", which package-lock.json does not list: run \`npm install ${root}\` so its version is locked.`,
			);
		}
		visit(found);
	}
	const lines = [...seen].map((key) => {
		const {version, integrity} = packages[key] ?? {};
		return `${key.slice(key.lastIndexOf(NODE_MODULES) + NODE_MODULES.length)}@${version ?? '?'} ${integrity ?? ''}`.trim();
	});
	return [...new Set(lines)].sort();
};
