/**
 * What each TikTok slot accepts; an asset kind names the slot it feeds.
 * Sources: ads.tiktok.com help "Reservation Takeover" (≤ 5 s, muted, ≤ 5 MB, still ≤ 500 KB),
 * "Auction In-Feed Ads" (≥ 516 kbps, ≤ 500 MB), "Reservation In-Feed" and "Reservation
 * TopView" (5–60 s, 9–15 s suggested, ≥ 2,500 kbps).
 */
export type DeliverySpec = {
	/** The slot's name, as QC reports it. */
	slot: string;
	minDurationSeconds: number;
	maxDurationSeconds: number;
	audio: 'none' | 'required';
	maxFileBytes: number;
	minVideoKbps: number | null;
	cover: {maxBytes: number} | null;
};

const MB = 1000 * 1000;

export const TAKEOVER_SPEC: DeliverySpec = {
	slot: 'Brand Takeover',
	minDurationSeconds: 3,
	maxDurationSeconds: 5, // Takeover: ≤ 5 s
	audio: 'none', // Brand Takeover plays muted
	maxFileBytes: 5 * MB, // Takeover: video ≤ 5 MB
	minVideoKbps: null,
	cover: {maxBytes: 500 * 1000}, // Takeover: still ≤ 500 KB
};

export const IN_FEED_SPEC: DeliverySpec = {
	slot: 'In-Feed',
	minDurationSeconds: 5, // In-Feed: 5–60 s
	maxDurationSeconds: 60,
	audio: 'required',
	maxFileBytes: 500 * MB, // Auction In-Feed: ≤ 500 MB
	minVideoKbps: 516, // Auction In-Feed: ≥ 516 kbps
	cover: null,
};

export const TOP_VIEW_SPEC: DeliverySpec = {
	slot: 'TopView',
	minDurationSeconds: 5,
	maxDurationSeconds: 60, // series trailer ≤ 60 s; episode trailers 15–30 s (plan)
	audio: 'required',
	maxFileBytes: 500 * MB,
	minVideoKbps: 2500, // TopView: ≥ 2,500 kbps
	cover: null,
};
