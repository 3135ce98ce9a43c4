import {config} from '@remotion/eslint-config-flat';

/**
 * The flow, top to bottom: a folder of src/ may import only the folders below it (and the
 * npm packages). The README's "Architecture" section draws the same list.
 */
const FLOW = [
	['cli'],
	['review', 'posting', 'sheet'],
	['plan'],
	['backends'],
	['qc'],
	['kinds'],
	['components'],
	['campaign'],
	['media'],
	['files'],
	['captions'],
	['audio'],
	['timeline'],
	['specs'],
];
/** What the video bundle loads: no Node APIs there. */
const BUNDLED = ['kinds', 'components', 'captions', 'audio', 'timeline', 'specs'];
/** Node-only folders below the compositions in the flow. */
const NODE_ONLY = ['media', 'files'];
/** Where React may appear: the compositions, the shared components, and src/Root.tsx. */
const REACT = ['kinds', 'components'];

const folderPattern = (names) => `^(\\.\\.?/)+(${names.join('|')})(/|$)`;

const restrictionsFor = (folder, above) => [
	...(above.length > 0
		? [
				{
					regex: folderPattern(above),
					message: `src/${folder} may only import what lies below it in the flow (${FLOW.flat().join(' → ')}); move the shared part down or the caller up.`,
				},
			]
		: []),
	...(REACT.includes(folder)
		? []
		: [
				{
					group: ['react', 'react-dom', 'react/*'],
					message: 'No React outside src/kinds, src/components and src/Root.tsx.',
				},
			]),
	...(BUNDLED.includes(folder)
		? [
				{
					regex: '^(node:|fs$|path$|child_process$|os$)',
					message: 'The video bundle loads this folder: no Node APIs here.',
				},
				{regex: folderPattern(NODE_ONLY), message: 'The video bundle loads this folder: no Node-only code here.'},
			]
		: []),
];

const layerRules = FLOW.flatMap((names, index) => {
	const above = FLOW.slice(0, index).flat();
	return names.map((folder) => ({
		files: [`src/${folder}/**`],
		rules: {'no-restricted-imports': ['error', {patterns: restrictionsFor(folder, above)}]},
	}));
});

/** Two backends side by side: neither reaches into the other. */
const backendRules = [
	['local', 'lambda'],
	['lambda', 'local'],
].map(([own, other]) => ({
	files: [`src/backends/${own}/**`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					...restrictionsFor('backends', FLOW.slice(0, 3).flat()),
					{regex: `^\\.\\./${other}(/|$)`, message: `src/backends/${own} does not import src/backends/${other}.`},
				],
			},
		],
	},
}));

export default [
	{ignores: ['node_modules/', 'out/', '.cache/', 'assets/']},
	...config,
	...layerRules,
	...backendRules,
	{
		// src/Root.tsx and src/index.ts: the bundle's entry, above the compositions only.
		files: ['src/*.ts', 'src/*.tsx'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: folderPattern(['cli', 'review', 'plan', 'backends', 'qc', 'media', 'files']),
							message: 'The bundle entry imports compositions, never Node code.',
						},
					],
				},
			],
		},
	},
	{
		// Tests build deliberately broken campaigns, which no type describes.
		files: ['test/**'],
		rules: {'@typescript-eslint/no-explicit-any': 'off'},
	},
];
