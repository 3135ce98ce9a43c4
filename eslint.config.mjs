import {config} from '@remotion/eslint-config-flat';

export default [
	{ignores: ['node_modules/', 'out/', '.cache/', 'assets/']},
	...config,
	{
		// React and the browser bundle never reach Node-only code (and the other way round).
		files: [
			'src/campaign/**',
			'src/captions/**',
			'src/timeline/**',
			'src/specs/**',
			'src/qc/**',
			'src/plan/**',
			'src/media/**',
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{patterns: [{group: ['react', 'react-dom'], message: 'Pure logic: no React here.'}]},
			],
		},
	},
	{
		// Tests build deliberately broken campaigns, which no type describes.
		files: ['test/**'],
		rules: {'@typescript-eslint/no-explicit-any': 'off'},
	},
];
