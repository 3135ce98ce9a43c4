import {formatRanges} from '../sheet/time-range-cell';

const isRange = (value: unknown): value is {startMs: number; endMs: number} =>
	typeof value === 'object' && value !== null && 'startMs' in value && 'endMs' in value;

/** An override's value as an editor reads it: cuts as time ranges (as the campaign sheet writes them), seconds with their unit, objects field by field. */
export const formatOverrideValue = (field: string, value: unknown): string => {
	if (Array.isArray(value) && value.every(isRange)) {
		return formatRanges(value);
	}
	if (typeof value === 'number' && /Seconds$/.test(field)) return `${value} s`;
	if (typeof value === 'string') return `« ${value} »`;
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value)
			.map(([key, v]) => `${key} ${formatOverrideValue(key, v)}`)
			.join(', ');
	}
	return String(value);
};

/** `segments 0:07.330–0:11.850; 0:15.026–0:22.320 · targetSeconds 15 s`: a variant's overrides in one cell. */
export const formatOverrides = (overrides: Record<string, unknown>): string =>
	Object.entries(overrides)
		.map(([field, value]) => `${field} ${formatOverrideValue(field, value)}`)
		.join(' · ');
