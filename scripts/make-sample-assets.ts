// Generates the sample media for the fictional series « Cités » into assets/:
// footage/epNN.mp4 (ffmpeg visuals + espeak-ng dialogue), subtitles/epNN.srt (cues timed on the
// synthesized speech), subtitles/epNN.vtt (the same cues, each word timed by espeak-ng's word
// events), music/bed.m4a (sox), fonts/ (OFL, from node_modules) and CREDITS.md.
// Deterministic and idempotent: existing files are kept unless --force is given.
// Usage: npx tsx scripts/make-sample-assets.ts [--force]
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {checkDialogue} from './sample-assets/dialogue-rules';
import {DIALOGUES, type DialogueLine} from './sample-assets/dialogues';
import {EPISODES, episodeId, type Episode} from './sample-assets/episodes';
import {encodeFootage} from './sample-assets/footage';
import {makeMusicBed} from './sample-assets/music';
import {buildFile, needsBuild, type Outputs} from './sample-assets/outputs';
import {buildEpisodeAudio} from './sample-assets/speech';
import {toSrt} from './sample-assets/srt';
import {toVtt} from './sample-assets/vtt';
import {FONT_COPIES, copyFromNodeModules, writeCredits} from './sample-assets/static-files';
import {requireTools} from './sample-assets/tools';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = join(ROOT, 'assets');
const MIN_CLIP_SECONDS = 22;
const MAX_CLIP_SECONDS = 32;

const dialogueOf = (episode: Episode): readonly DialogueLine[] => {
	const lines = DIALOGUES[episode.number];
	if (!lines) throw new Error(`No dialogue for episode ${episode.number} in scripts/sample-assets/dialogues.ts`);
	return lines;
};

const makeEpisode = (episode: Episode, outputs: Outputs, workDir: string): void => {
	const id = episodeId(episode);
	const footage = join(ASSETS, 'footage', `${id}.mp4`);
	const subtitles = join(ASSETS, 'subtitles', `${id}.srt`);
	const wordSubtitles = join(ASSETS, 'subtitles', `${id}.vtt`);
	const wantFootage = needsBuild(footage, outputs);
	const wantSubtitles = needsBuild(subtitles, outputs);
	const wantWords = needsBuild(wordSubtitles, outputs);
	if (!wantFootage && !wantSubtitles && !wantWords) return;
	// Both outputs come from one synthesis: the SRT times are measured on the very audio in the clip.
	const audio = buildEpisodeAudio(episode.number, dialogueOf(episode), mkdtempSync(join(workDir, `${id}-`)));
	if (audio.durationSeconds < MIN_CLIP_SECONDS || audio.durationSeconds > MAX_CLIP_SECONDS) {
		throw new Error(
			`${id} runs ${audio.durationSeconds.toFixed(2)} s (want ${MIN_CLIP_SECONDS}–${MAX_CLIP_SECONDS} s): adjust its dialogue`,
		);
	}
	if (wantSubtitles) {
		buildFile(
			subtitles,
			outputs,
			(temp) => writeFileSync(temp, toSrt(audio.cues), 'utf8'),
			`${audio.cues.length} cues, first at ${audio.cues[0]?.startSeconds.toFixed(3)} s`,
		);
	}
	if (wantWords) {
		buildFile(
			wordSubtitles,
			outputs,
			(temp) => writeFileSync(temp, toVtt(audio.cues), 'utf8'),
			`${audio.cues.reduce((sum, cue) => sum + cue.words.length, 0)} timed words`,
		);
	}
	if (wantFootage) {
		buildFile(
			footage,
			outputs,
			(temp) => encodeFootage(episode, audio.wav, audio.durationSeconds, temp),
			`${audio.durationSeconds.toFixed(2)} s`,
		);
	}
};

const makeStaticFiles = (outputs: Outputs, workDir: string): void => {
	const music = join(ASSETS, 'music', 'bed.m4a');
	if (needsBuild(music, outputs))
		buildFile(music, outputs, (temp) => makeMusicBed(mkdtempSync(join(workDir, 'music-')), temp), '64 s loop');
	for (const [from, to] of FONT_COPIES) {
		const file = join(ASSETS, 'fonts', to);
		if (needsBuild(file, outputs)) buildFile(file, outputs, (temp) => copyFromNodeModules(ROOT, from, temp));
	}
	const credits = join(ASSETS, 'CREDITS.md');
	if (needsBuild(credits, outputs)) buildFile(credits, outputs, writeCredits);
};

const main = (): void => {
	const args = process.argv.slice(2);
	const unknown = args.filter((arg) => arg !== '--force');
	if (unknown.length > 0)
		throw new Error(`Unknown argument ${unknown.join(' ')}. Usage: npx tsx scripts/make-sample-assets.ts [--force]`);
	requireTools();
	// Check every dialogue before spending minutes on encoding.
	for (const episode of EPISODES) checkDialogue(episode.number, dialogueOf(episode));
	const outputs: Outputs = {root: ROOT, force: args.includes('--force'), skipped: []};
	const workDir = mkdtempSync(join(tmpdir(), 'cites-sample-assets-'));
	try {
		for (const episode of EPISODES) makeEpisode(episode, outputs, workDir);
		makeStaticFiles(outputs, workDir);
	} finally {
		rmSync(workDir, {recursive: true, force: true});
	}
	if (outputs.skipped.length > 0)
		console.log(`kept ${outputs.skipped.length} existing file(s); use --force to rebuild them`);
};

try {
	main();
} catch (error) {
	console.error(`make-sample-assets: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
