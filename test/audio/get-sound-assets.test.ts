import {describe, expect, test} from 'vitest';
import {getSoundAssets} from '../../src/audio/get-sound-assets';
import type {SoundClip} from '../../src/audio/sound-clip';
import {getTeaserSounds} from '../../src/kinds/teaser/get-teaser-sounds';

const clip = (over: Partial<SoundClip>): SoundClip => ({
	src: 'footage/ep01.mp4',
	fromFrame: 0,
	durationInFrames: 10,
	trimBefore: 0,
	volume: () => 1,
	loop: false,
	...over,
});

describe('getSoundAssets: what Remotion records of each sound, frame by frame', () => {
	test('a clip read from 444 frames into its file, placed at frame 237', () => {
		const frames = getSoundAssets({
			clips: [clip({fromFrame: 237, durationInFrames: 122, trimBefore: 444})],
			durationInFrames: 359,
			resolveSrc: (src) => `http://host/${src}`,
		});
		expect(frames).toHaveLength(359);
		expect(frames[236]!.audioAndVideoAssets).toEqual([]);
		expect(frames[237]!.audioAndVideoAssets).toEqual([
			expect.objectContaining({
				src: 'http://host/footage/ep01.mp4',
				frame: 237,
				mediaFrame: 444,
				audioStartFrame: 444,
				volume: 1,
			}),
		]);
		expect(frames[358]!.audioAndVideoAssets[0]).toMatchObject({frame: 358, mediaFrame: 565});
	});

	test('a frame at gain 0 or below records nothing; the gain is what the clip says from its own frame 0', () => {
		const frames = getSoundAssets({
			clips: [clip({fromFrame: 5, volume: (f) => (f === 0 ? 0 : f === 1 ? -0.5 : f / 10)})],
			durationInFrames: 20,
			resolveSrc: (src) => src,
		});
		expect(frames.slice(5, 8).map((f) => f.audioAndVideoAssets.length)).toEqual([0, 0, 1]);
		expect(frames[7]!.audioAndVideoAssets[0]!.volume).toBe(0.2);
		expect(frames[15]!.audioAndVideoAssets).toEqual([]);
	});

	test('sounds that overlap are both on the frame, in the order listed, each with its own id', () => {
		const frames = getSoundAssets({
			clips: [clip({src: 'a.mp4'}), clip({src: 'music.m4a', durationInFrames: 20, loop: true})],
			durationInFrames: 20,
			resolveSrc: (src) => src,
		});
		const [a, music] = frames[3]!.audioAndVideoAssets;
		expect([a!.src, music!.src]).toEqual(['a.mp4', 'music.m4a']);
		expect(a!.id).not.toBe(music!.id);
		expect(frames[12]!.audioAndVideoAssets.map((s) => s.src)).toEqual(['music.m4a']);
	});

	test("a teaser's sounds are its cuts, end to end, at full gain", () => {
		const sounds = getTeaserSounds({
			footage: 'footage/ep01.mp4',
			segments: [
				{startMs: 0, endMs: 7884},
				{startMs: 14803, endMs: 18870},
			],
		});
		expect(
			sounds.map(({fromFrame, durationInFrames, trimBefore}) => ({fromFrame, durationInFrames, trimBefore})),
		).toEqual([
			{fromFrame: 0, durationInFrames: 237, trimBefore: 0},
			{fromFrame: 237, durationInFrames: 122, trimBefore: 444},
		]);
	});
});
