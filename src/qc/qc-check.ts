/** One delivery rule applied to one file. */
export type QcCheck = {
	rule: string;
	passed: boolean;
	/** What was measured, in words and units ("1280×720", "6.2 MB"). */
	measured: string;
	/** What the slot accepts ("1080×1920", "≤ 5 MB"). */
	limit: string;
};
