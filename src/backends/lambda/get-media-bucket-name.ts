/**
 * The private bucket for campaign media: one per account and region (bucket names are
 * global). Not `remotionlambda-…`: Remotion takes every bucket of that prefix in a region
 * for its own and refuses to choose between two.
 */
export const getMediaBucketName = ({accountId, region}: {accountId: string; region: string}): string =>
	`cites-media-${accountId}-${region}`;
