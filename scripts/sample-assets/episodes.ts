// The twelve sample places and how each clip looks. Palettes are chosen per place (night in
// Villejuif, pitch green for football, desert sand for Isabelle Eberhardt...) so a cut between
// two episodes is obvious at a glance.
export type Texture =
	| {readonly kind: 'mandelbrot'}
	| {readonly kind: 'sierpinski'; readonly type: 'carpet' | 'triangle'}
	| {readonly kind: 'cellauto'; readonly rule: number}
	| {readonly kind: 'life'};

export type Episode = {
	readonly number: number;
	/** As written on the street sign, "Type Name" (the first word goes on the sign's small top line). */
	readonly place: string;
	readonly city: string;
	/** Four gradient colours, 0xRRGGBB. */
	readonly palette: readonly [string, string, string, string];
	readonly gradient: 'linear' | 'radial' | 'circular';
	readonly texture: Texture;
	/** Colour of the building silhouettes. */
	readonly ink: string;
	/** Colour of the floating lights and lit windows. */
	readonly glow: string;
};

export const EPISODES: readonly Episode[] = [
	{
		number: 1,
		place: 'Place Aragon',
		city: 'Villejuif',
		palette: ['0x1b2a6b', '0xe0567a', '0xf6b26b', '0x3a1f5d'],
		gradient: 'linear',
		texture: {kind: 'mandelbrot'},
		ink: '0x120f24',
		glow: '0xffe6b0',
	},
	{
		number: 2,
		place: 'Collège Albert-Camus',
		city: 'Rillieux-la-Pape',
		palette: ['0x0f5132', '0x2e8b57', '0x87ceeb', '0xf4d35e'],
		gradient: 'linear',
		texture: {kind: 'cellauto', rule: 90},
		ink: '0x0b2418',
		glow: '0xfff3b0',
	},
	{
		number: 3,
		place: 'Square George-Sand',
		city: 'Tours',
		palette: ['0x355e3b', '0x9b7fd1', '0xf1e3c8', '0x6b8e23'],
		gradient: 'radial',
		texture: {kind: 'life'},
		ink: '0x1c2a1a',
		glow: '0xf8e1ff',
	},
	{
		number: 4,
		place: 'Bibliothèque Isabelle-Eberhardt',
		city: 'Lyon',
		palette: ['0xc2956b', '0xe7c27d', '0x8b4a2b', '0x3b2416'],
		gradient: 'linear',
		texture: {kind: 'sierpinski', type: 'carpet'},
		ink: '0x24150c',
		glow: '0xffd08a',
	},
	{
		number: 5,
		place: 'Gymnase Jules-Verne',
		city: 'Nantes',
		palette: ['0x003b46', '0x07575b', '0x66a5ad', '0xf28c28'],
		gradient: 'circular',
		texture: {kind: 'mandelbrot'},
		ink: '0x021a1f',
		glow: '0xb8f4ff',
	},
	{
		number: 6,
		place: 'Skatepark Victor-Hugo',
		city: 'Besançon',
		palette: ['0x4a4e69', '0x9a8c98', '0xff5d8f', '0x3a86ff'],
		gradient: 'linear',
		texture: {kind: 'cellauto', rule: 30},
		ink: '0x1a1b26',
		glow: '0xffc2dc',
	},
	{
		number: 7,
		place: 'Médiathèque Simone-de-Beauvoir',
		city: 'Saint-Denis',
		palette: ['0x2d0a4e', '0x7b2cbf', '0xe63946', '0xffd166'],
		gradient: 'radial',
		texture: {kind: 'sierpinski', type: 'triangle'},
		ink: '0x14051f',
		glow: '0xffe08a',
	},
	{
		number: 8,
		place: 'Esplanade Molière',
		city: 'Pézenas',
		palette: ['0x5c0a0a', '0xa4161a', '0xe5a823', '0x1a0a0a'],
		gradient: 'circular',
		texture: {kind: 'life'},
		ink: '0x1a0707',
		glow: '0xffd36b',
	},
	{
		number: 9,
		place: 'Stade Frédéric-Mistral',
		city: 'Arles',
		palette: ['0x1d70a2', '0x7ab6e0', '0x9d8ac7', '0xf7c948'],
		gradient: 'linear',
		texture: {kind: 'cellauto', rule: 110},
		ink: '0x14243a',
		glow: '0xfff7d1',
	},
	{
		number: 10,
		place: 'Allée Aimé-Césaire',
		city: 'Bordeaux',
		palette: ['0x0b6e4f', '0x08a4bd', '0x6d1a36', '0xf2a541'],
		gradient: 'radial',
		texture: {kind: 'mandelbrot'},
		ink: '0x1f0a12',
		glow: '0xc9fff0',
	},
	{
		number: 11,
		place: 'Lycée Colette',
		city: 'Auxerre',
		palette: ['0x6a994e', '0xa7c957', '0xf2e8cf', '0x8ecae6'],
		gradient: 'linear',
		texture: {kind: 'sierpinski', type: 'carpet'},
		ink: '0x223018',
		glow: '0xfffbe0',
	},
	{
		number: 12,
		place: 'Belvédère Marcel-Pagnol',
		city: 'Aubagne',
		palette: ['0xff7b00', '0xff4d6d', '0x5a189a', '0xffd000'],
		gradient: 'radial',
		texture: {kind: 'mandelbrot'},
		ink: '0x1d0930',
		glow: '0xffe9a8',
	},
];

export const episodeId = (episode: Episode): string => `ep${String(episode.number).padStart(2, '0')}`;
