import type {Episode} from './episodes';
import {run, words} from './tools';
import {FPS, filterGraph} from './visuals';

// ~280 kbps video + 96 kbps audio keeps twelve ~28 s clips near 16 MB, inside the 20 MB assets budget.
// Fixed 1 s GOP (no scene-cut keyframes) so seeking anywhere decodes at most 30 frames.
// One encoder thread: frame-threaded x264 rate control gives different bytes on each run, and the
// lavfi sources, not the encoder, are the bottleneck anyway.
const VIDEO_ARGS = words(`-c:v libx264 -threads 1 -profile:v high -pix_fmt yuv420p -preset medium
	-b:v 280k -maxrate 360k -bufsize 720k -g ${FPS} -keyint_min ${FPS} -sc_threshold 0 -r ${FPS}`);
const AUDIO_ARGS = words('-c:a aac -profile:a aac_low -b:a 96k -ar 48000 -ac 2 -metadata:s:a:0 language=fra');

export const encodeFootage = (episode: Episode, audioWav: string, durationSeconds: number, outFile: string): void => {
	run('ffmpeg', [
		...words('-hide_banner -v error -y -i'),
		audioWav,
		...['-filter_complex', filterGraph(episode, durationSeconds), '-map', '[v]', '-map', '0:a'],
		...VIDEO_ARGS,
		...AUDIO_ARGS,
		...['-t', durationSeconds.toFixed(3), '-movflags', '+faststart', outFile],
	]);
};
