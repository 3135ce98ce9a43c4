import path from 'node:path';
import {runLambdaDeploy} from '../src/backends/lambda/run-lambda-deploy';
import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {getCodeHash} from '../src/plan/get-code-hash';
import {PROJECT_DIR} from '../src/plan/prepare-plan';

// Sets up AWS Lambda for `npm run render -- --backend lambda` (README "Rendering on AWS Lambda").
exitAfterFlush(
	await runLambdaDeploy({
		env: process.env,
		codeHash: getCodeHash(PROJECT_DIR),
		entryPoint: path.join(PROJECT_DIR, 'src', 'index.ts'),
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
	}),
);
