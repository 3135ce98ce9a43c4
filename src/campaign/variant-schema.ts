/*
 * Variants of an episode's teaser or trailer: each is a named set of overrides of that
 * asset, rendered as an asset of its own (id `ep03-teaser-b`, `ep03-trailer-15s`).
 *
 *   episodes[i].teaser.variants?: [{
 *     name: 'b' | '15s' | …,          // lowercase letters, digits, '-'; unique in the list
 *     segments?: [{startMs, endMs}],  // another cut (a different hook)
 *     targetSeconds?: 5–60,           // cut-down: whole speech phrases, at most this long
 *     captionStyle?: {fontSize?, highlightColor?},
 *   }]
 *   episodes[i].trailer.variants?: [{
 *     name,
 *     hook?: string,                  // the opening card's line
 *     clips?: [{startMs, endMs}],     // other clips
 *     targetSeconds?: 15–30,          // cut-down: keeps the hook and the call to action
 *     callToAction?: {headline, detail?},
 *     captionStyle?: {fontSize?, highlightColor?},
 *   }]
 *
 * A variant must override at least one field; unknown fields are errors.
 */
import {zColor} from '@remotion/zod-types';
import {z} from 'zod';
import {IN_FEED_SPEC} from '../specs/delivery-specs';
import {TRAILER_SLOTS} from '../timeline/trailer-timing';
import {callToActionSchema} from './shared-schemas';

/** `b`, `15s`, `hook-2`: the end of the variant's asset id. */
export const VARIANT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nameSchema = z
	.string()
	.regex(VARIANT_NAME, {
		error: 'is not a variant name; use lowercase letters, digits and "-", e.g. "b" or "15s" (it ends the asset id)',
	})
	.max(16, {error: 'is longer than 16 characters; a short name keeps the asset id readable'})
	.describe('Ends the asset id: "b" makes ep03-teaser-b');

const captionStyleOverrideSchema = z
	.strictObject({
		fontSize: z
			.number()
			.min(40, {error: 'is under 40 px; captions would not read on a phone'})
			.max(96, {error: 'is over 96 px; captions would cover the picture'})
			.optional(),
		highlightColor: zColor().optional().describe('Colour of the word being spoken'),
	})
	.describe('Caption look: {fontSize?, highlightColor?}');

const targetSeconds = ({minSeconds, maxSeconds}: {minSeconds: number; maxSeconds: number}, slot: string) =>
	z
		.number()
		.min(minSeconds, {error: `is under ${minSeconds} s, the shortest ${slot}; give ${minSeconds}–${maxSeconds}`})
		.max(maxSeconds, {error: `is over ${maxSeconds} s, the longest ${slot}; give ${minSeconds}–${maxSeconds}`})
		.describe('Cut-down: the length to cut to, in seconds, made of whole speech phrases');

/**
 * Says which variant overrides nothing: a variant that repeats its asset is a mistake. An
 * unknown field is most likely a misspelt override, and is reported alone.
 */
const overridesSomething =
	(fields: readonly string[]) =>
	(variant: Record<string, unknown>, ctx: z.core.$RefinementCtx): void => {
		if (fields.some((field) => variant[field] !== undefined)) return;
		if (ctx.issues.some((issue) => issue.code === 'unrecognized_keys')) return;
		ctx.addIssue({
			code: 'custom',
			input: variant,
			message: `overrides nothing; give it at least one of ${fields.join(', ')}, or remove the variant`,
		});
	};

export const TEASER_VARIANT_FIELDS = ['segments', 'targetSeconds', 'captionStyle'] as const;
export const TRAILER_VARIANT_FIELDS = ['hook', 'clips', 'targetSeconds', 'callToAction', 'captionStyle'] as const;

/** Segment schemas come from episode-schema.ts, which imports this file. */
export const makeTeaserVariantSchema = <S extends z.ZodType>(segments: S) =>
	z
		.strictObject({
			name: nameSchema,
			segments: segments.optional(),
			targetSeconds: targetSeconds(
				{minSeconds: IN_FEED_SPEC.minDurationSeconds, maxSeconds: IN_FEED_SPEC.maxDurationSeconds},
				'teaser (TikTok In-Feed)',
			).optional(),
			captionStyle: captionStyleOverrideSchema.optional(),
		})
		.superRefine(overridesSomething(TEASER_VARIANT_FIELDS));

export const makeTrailerVariantSchema = <H extends z.ZodType, C extends z.ZodType>(hook: H, clips: C) =>
	z
		.strictObject({
			name: nameSchema,
			hook: hook.optional(),
			clips: clips.optional(),
			targetSeconds: targetSeconds(TRAILER_SLOTS.episode, 'episode trailer').optional(),
			callToAction: callToActionSchema.optional(),
			captionStyle: captionStyleOverrideSchema.optional(),
		})
		.superRefine(overridesSomething(TRAILER_VARIANT_FIELDS));

/** A list of variants: names unique, so ids are. */
export const makeVariantsSchema = <V extends z.ZodType<{name: string}>>(variant: V) =>
	z
		.array(variant)
		.superRefine((variants, ctx) => {
			const seen = new Map<string, number>();
			variants.forEach((variant, index) => {
				const first = seen.get(variant.name);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'name'],
						input: variant.name,
						message: `repeats variants[${first}].name; give every variant its own name`,
					});
				}
				seen.set(variant.name, index);
			});
		})
		.describe('Named versions of this asset, each rendered on its own (ep03-teaser-b)');

export type CaptionStyleOverride = z.infer<typeof captionStyleOverrideSchema>;
