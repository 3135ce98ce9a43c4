import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Render tests bundle and drive Chromium: give them room, but keep them few.
		testTimeout: 180_000,
		hookTimeout: 240_000,
		fileParallelism: false,
		// Renders in the test process share one webpack bundle per code hash (test/helpers/reuse-bundle.ts).
		setupFiles: ['test/helpers/reuse-bundle.ts'],
	},
});
