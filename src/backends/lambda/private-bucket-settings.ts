/** All four blocks on: no ACL or bucket policy can ever make an object of the media bucket public. */
export const BLOCK_ALL_PUBLIC_ACCESS = {
	BlockPublicAcls: true,
	IgnorePublicAcls: true,
	BlockPublicPolicy: true,
	RestrictPublicBuckets: true,
} as const;

/**
 * Lets the render's browser (on the site's S3 origin) read media with fetch, FontFace and
 * range requests. It grants no access: every request still needs a valid presigned URL.
 */
export const MEDIA_CORS_RULE = {
	AllowedMethods: ['GET', 'HEAD'],
	AllowedOrigins: ['*'],
	AllowedHeaders: ['*'],
	ExposeHeaders: ['Accept-Ranges', 'Content-Length', 'Content-Range', 'Content-Type', 'ETag'],
	MaxAgeSeconds: 3600,
};
