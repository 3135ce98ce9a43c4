/** The AWS side is not ready for a render (nothing deployed for this version or code): the user has a command to run. */
export class LambdaSetupError extends Error {
	override readonly name = 'LambdaSetupError';
}
