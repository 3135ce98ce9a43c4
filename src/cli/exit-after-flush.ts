/**
 * Exits once stdout and stderr have been written out: on a pipe (CI, tests) writes are
 * asynchronous, and a bare process.exit() can cut the last lines, such as the summary.
 */
export const exitAfterFlush = (code: number): void => {
	process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};
