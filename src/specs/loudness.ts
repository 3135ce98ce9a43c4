/**
 * Loudness of every asset with sound. TikTok publishes no target;
 * −14 LUFS integrated is the streaming norm (Spotify, YouTube) and AES TD1008 asks for a
 * true peak at or under −1 dBTP, measured per ITU-R BS.1770.
 */
export const LOUDNESS = {
	targetLufs: -14,
	toleranceLu: 1,
	maxTruePeakDbtp: -1,
	/** What the normaliser aims at: below the limit, since AAC encoding adds a little peak (ep11-trailer came out at −0.8 dBTP aiming at −1.5). */
	normaliseTruePeakDbtp: -2,
	normaliseLra: 11,
} as const;

/**
 * The scroll-stopping hook: the first half second is neither black nor silent (common
 * creative guidance). Thresholds are ours: a mean luma under 20 (of 255; video black is
 * 16) reads as black, and sound under −60 dBFS RMS as silence.
 */
export const START = {
	windowSeconds: 0.5,
	minMeanLuma: 20,
	minAudioRmsDbfs: -60,
} as const;
