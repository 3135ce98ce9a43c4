import type {
	AwsRegion,
	RenderMediaOnLambdaInput,
	RenderProgress,
	RenderStillOnLambdaInput,
	RenderStillOnLambdaOutput,
} from '@remotion/lambda-client';
import type {LambdaFunctionSpec} from './lambda-function-spec';

export type DeployedFunction = {
	functionName: string;
	memorySizeInMb: number;
	diskSizeInMb: number;
	timeoutInSeconds: number;
};

export type DeployedSite = {id: string; serveUrl: string; bucketName: string};

/** What the backend reads of a render's progress (Remotion's RenderProgress has much more). */
export type RenderProgressView = Pick<
	RenderProgress,
	'done' | 'framesRendered' | 'fatalErrorEncountered' | 'outBucket' | 'outKey'
> & {errors: {message: string}[]};

type InRegion = {region: AwsRegion};
type S3Object = InRegion & {bucketName: string; key: string};

/**
 * Every AWS call the Lambda backend and the deploy make, and nothing else: the default
 * implementation wraps @remotion/lambda(-client) and S3; tests pass a fake.
 */
export type LambdaApi = {
	/** Remotion render functions of this Remotion version (getFunctions, compatibleOnly). */
	getCompatibleFunctions: (input: InRegion) => Promise<DeployedFunction[]>;
	deployFunction: (input: InRegion & LambdaFunctionSpec) => Promise<{functionName: string; alreadyExisted: boolean}>;
	/** Remotion's own bucket, where sites and render outputs live. */
	getOrCreateSiteBucket: (input: InRegion) => Promise<{bucketName: string}>;
	getSites: (input: InRegion) => Promise<DeployedSite[]>;
	/** Bundles the entry point with an empty public dir and uploads it under the site name. */
	deploySite: (
		input: InRegion & {bucketName: string; siteName: string; entryPoint: string},
	) => Promise<{serveUrl: string; uploadedFiles: number}>;
	getAccountId: (input: InRegion) => Promise<string>;
	/** Creates the bucket if missing; (re)applies its block on public access and its CORS rule. */
	ensurePrivateBucket: (input: InRegion & {bucketName: string}) => Promise<{created: boolean}>;
	objectExists: (input: S3Object) => Promise<boolean>;
	/** Uploads a file, private, checked by S3 against its sha256. */
	uploadFile: (input: S3Object & {file: string; sha256: string; bytes: number; signal?: AbortSignal}) => Promise<void>;
	presignGetUrl: (input: S3Object & {expiresInSeconds: number}) => Promise<string>;
	downloadFile: (input: S3Object & {outPath: string; signal?: AbortSignal}) => Promise<void>;
	renderMedia: (input: RenderMediaOnLambdaInput) => Promise<{renderId: string; bucketName: string}>;
	getRenderProgress: (
		input: InRegion & {functionName: string; bucketName: string; renderId: string},
	) => Promise<RenderProgressView>;
	cancelRender: (input: InRegion & {bucketName: string; renderId: string}) => Promise<void>;
	renderStill: (input: RenderStillOnLambdaInput) => Promise<Pick<RenderStillOnLambdaOutput, 'bucketName' | 'outKey'>>;
};
