// espeak-ng settings per character (names match the cast in assets/cites.campaign.json).
// Three variants (fr+m3, fr+f2, fr+f4); pitch and speed keep two characters of the same variant
// apart when they share a scene. Speeds stay at the low end of 150–165 wpm: espeak-ng French at
// 160+ reads faster than the caption lint's 20 chars/s error threshold on short lines.
export type Voice = {
	readonly variant: 'fr+m3' | 'fr+f2' | 'fr+f4';
	/** espeak-ng -p, 0–99 (50 = default) */
	readonly pitch: number;
	/** espeak-ng -s, words per minute */
	readonly speed: number;
};

export const VOICES = {
	Inès: {variant: 'fr+f2', pitch: 56, speed: 152},
	Karim: {variant: 'fr+m3', pitch: 42, speed: 154},
	Yanis: {variant: 'fr+m3', pitch: 55, speed: 155},
	Maëlle: {variant: 'fr+f4', pitch: 60, speed: 152},
	Lou: {variant: 'fr+f4', pitch: 52, speed: 150},
	Jade: {variant: 'fr+f2', pitch: 44, speed: 150},
	Samir: {variant: 'fr+m3', pitch: 38, speed: 150},
	Nora: {variant: 'fr+f2', pitch: 42, speed: 150},
	Moussa: {variant: 'fr+m3', pitch: 36, speed: 152},
	Clara: {variant: 'fr+f4', pitch: 58, speed: 154},
	Théo: {variant: 'fr+m3', pitch: 58, speed: 156},
	Awa: {variant: 'fr+f2', pitch: 50, speed: 152},
	Aya: {variant: 'fr+f4', pitch: 54, speed: 156},
	Malik: {variant: 'fr+m3', pitch: 40, speed: 156},
	Hugo: {variant: 'fr+m3', pitch: 50, speed: 150},
	Léna: {variant: 'fr+f2', pitch: 58, speed: 154},
	Enzo: {variant: 'fr+m3', pitch: 48, speed: 155},
	Sofia: {variant: 'fr+f4', pitch: 48, speed: 152},
	Kevin: {variant: 'fr+m3', pitch: 38, speed: 150},
	Manon: {variant: 'fr+f2', pitch: 60, speed: 154},
	Louis: {variant: 'fr+m3', pitch: 52, speed: 152},
} as const satisfies Record<string, Voice>;

export type Speaker = keyof typeof VOICES;
