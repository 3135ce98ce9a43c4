import {type CliIo, runRenderCli} from '../../src/cli/run-render-cli';

/** The render CLI in this process (same code path as `npm run render`), output captured. */
export const runRender = async (args: string[]) => {
	let stdout = '';
	let stderr = '';
	const io: CliIo = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false};
	const status = await runRenderCli(args, io, {onInterrupt: () => undefined});
	return {status, stdout, stderr};
};
