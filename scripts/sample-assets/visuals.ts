import type {Episode, Texture} from './episodes';
import {seededRandom} from './prng';

// ffmpeg -filter_complex graph for one clip: a slowly turning gradient with a soft generated texture,
// floating lights, a city skyline, and at the top a street sign plus a running timecode.
// Everything below y = 200 is text-free: captions get burned into the middle/lower half later.
export const WIDTH = 720;
export const HEIGHT = 1280;
export const FPS = 30;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
// The gradient and texture are smooth, so they are drawn at half size and scaled up: 4x less work, fewer bits.
const BASE = {w: WIDTH / 2, h: HEIGHT / 2};
const LIGHTS = 4;

const textureSource = (texture: Texture, seed: number): string => {
	// Textures update 6 times a second (10 for the zoom): busy enough to look alive, cheap to encode.
	switch (texture.kind) {
		case 'mandelbrot':
			return 'mandelbrot=s=180x320:r=10:maxiter=160:start_scale=2:end_scale=0.05';
		case 'sierpinski':
			return `sierpinski=s=180x320:r=6:seed=${seed}:jump=1:type=${texture.type}`;
		case 'cellauto':
			return `cellauto=s=180x320:r=6:rule=${texture.rule}:seed=${seed}:ratio=0.5:full=1`;
		case 'life':
			return `life=s=180x320:r=6:seed=${seed}:ratio=0.3:mold=20:life_color=white:death_color=black:mold_color=0x404040`;
	}
};

const background = (episode: Episode, duration: number): string => {
	const colors = episode.palette.map((color, index) => `c${index}=${color}`).join(':');
	return [
		`gradients=s=${BASE.w}x${BASE.h}:r=${FPS}:d=${duration}:n=4:${colors}:seed=${episode.number}:speed=0.004:type=${episode.gradient},format=gbrp[grad]`,
		`${textureSource(episode.texture, episode.number)},format=gbrp,gblur=sigma=1.5,scale=${BASE.w}:${BASE.h}:flags=bicubic,fps=${FPS}[tex]`,
		`[grad][tex]blend=all_mode=softlight:all_opacity=0.4:shortest=1,scale=${WIDTH}:${HEIGHT}:flags=bicubic,format=yuv420p[base]`,
	].join(';\n');
};

const rgb = (hex: string): [number, number, number] => {
	const value = Number.parseInt(hex.replace(/^0x/u, ''), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

/** Soft round lights drifting upwards; their paths come from the episode's seed. */
const floatingLights = (episode: Episode, duration: number, input: string, count: number): string => {
	const random = seededRandom(episode.number * 31 + 7);
	const [r, g, b] = rgb(episode.glow);
	const size = 96;
	const disc = `a='190*pow(max(0\\,1-hypot(X-${size / 2}\\,Y-${size / 2})/${size / 2})\\,1.5)'`;
	const labels = Array.from({length: count}, (_, index) => `[light${index}]`);
	const filters = [
		`color=c=white:s=${size}x${size}:r=${FPS}:d=${duration},format=rgba,geq=r=${r}:g=${g}:b=${b}:${disc},split=${count}${labels.join('')}`,
	];
	let previous = input;
	labels.forEach((label, index) => {
		const x = Math.round(40 + random() * (WIDTH - 180));
		const swing = Math.round(30 + random() * 60);
		const speed = Math.round(25 + random() * 30);
		const offset = Math.round(random() * HEIGHT);
		const phase = (random() * 6.28).toFixed(2);
		const out = `[lit${index}]`;
		filters.push(
			`${previous}${label}overlay=x='${x}+${swing}*sin(t*0.5+${phase})':y='${HEIGHT}-mod(t*${speed}+${offset}\\,${HEIGHT + size})'${out}`,
		);
		previous = out;
	});
	return filters.join(';\n');
};

const box = (x: number, y: number, w: number, h: number, color: string): string =>
	`drawbox=x=${x}:y=${y}:w=${w}:h=${h}:c=${color}:t=fill`;

/** Static building silhouettes along the bottom with a few lit windows: reads as "a place in a town". */
const skyline = (episode: Episode): string[] => {
	const random = seededRandom(episode.number * 97 + 3);
	const boxes: string[] = [];
	for (let x = 0; x < WIDTH;) {
		const w = Math.round(80 + random() * 90);
		const h = Math.round(170 + random() * 230);
		const top = HEIGHT - h;
		boxes.push(box(x, top, w, h, boxes.length % 2 === 0 ? episode.ink : `${episode.ink}@0.88`));
		for (let wy = top + 24; wy < HEIGHT - 40; wy += 38) {
			for (let wx = x + 14; wx < x + w - 24; wx += 28) {
				if (random() < 0.22) boxes.push(box(wx, wy, 12, 18, `${episode.glow}@0.7`));
			}
		}
		x += w;
	}
	return boxes;
};

const SIGN = {x: 60, y: 36, w: 600, h: 128, nameSize: 48};

/** A blue French street plaque: place type on a small line, name below, sized to fit. */
const streetSign = (place: string): string[] => {
	if (!/^[\p{L} -]+$/u.test(place)) throw new Error(`Place name "${place}" has characters drawtext would need escaped`);
	const [type = '', ...rest] = place.toUpperCase().split(' ');
	const name = rest.join(' ');
	// DejaVu Sans Bold capitals average ~0.72 em; keep the name inside 560 px.
	const nameSize = Math.min(SIGN.nameSize, Math.floor(560 / (name.length * 0.72)));
	const nameY = SIGN.y + 56 + Math.round((SIGN.nameSize - nameSize) / 2);
	const text = (value: string, size: number, y: number): string =>
		`drawtext=fontfile=${FONT}:text='${value}':fontsize=${size}:fontcolor=white:x=(w-text_w)/2:y=${y}`;
	return [
		box(SIGN.x, SIGN.y, SIGN.w, SIGN.h, '0x1f3d8a'),
		`drawbox=x=${SIGN.x + 8}:y=${SIGN.y + 8}:w=${SIGN.w - 16}:h=${SIGN.h - 16}:c=white:t=3`,
		text(type, 24, SIGN.y + 20),
		text(name, nameSize, nameY),
	];
};

/** "EP01 · 00:12.4" under the sign, so a cut point can be read off any frame. */
const timecode = (episode: Episode): string => {
	const ep = `EP${String(episode.number).padStart(2, '0')}`;
	const clock =
		'%{eif\\:floor(t/60)\\:d\\:2}\\:%{eif\\:mod(floor(t)\\,60)\\:d\\:2}.%{eif\\:mod(floor(t*10+0.001)\\,10)\\:d}';
	return `drawtext=fontfile=${FONT}:text='${ep} · ${clock}':fontsize=22:fontcolor=white:box=1:boxcolor=black@0.45:boxborderw=6:x=(w-text_w)/2:y=${SIGN.y + SIGN.h + 8}`;
};

/** The full graph; its output pad is [v]. */
export const filterGraph = (episode: Episode, duration: number): string =>
	[
		background(episode, duration),
		floatingLights(episode, duration, '[base]', LIGHTS),
		`[lit${LIGHTS - 1}]${[...skyline(episode), ...streetSign(episode.place), timecode(episode)].join(',\n')}[v]`,
	].join(';\n');
