import {readFileSync, writeFileSync} from 'node:fs';

/**
 * A copy of an HEVC MP4/MOV that says it is Dolby Vision 8.4 (HLG-compatible, as iPhones
 * record): a `dvcC` box added to its `hvc1` sample entry, which ffmpeg reads as DOVI side
 * data. Debian's ffmpeg cannot write one itself. The file's `moov` must come after `mdat`
 * (ffmpeg's default), so no chunk offset moves.
 */
export const addDolbyVisionBox = (input: string, output: string) => {
	const data = readFileSync(input);
	// DOVIDecoderConfigurationRecord 1.0: profile 8, level 4, RPU and base layer present, compatibility id 4 (HLG).
	const payload = Buffer.alloc(24);
	payload.writeUInt8(1, 0);
	payload.writeUInt16BE((8 << 9) | (4 << 3) | (1 << 2) | 1, 2);
	payload.writeUInt8(4 << 4, 4);
	const box = Buffer.concat([Buffer.from([0, 0, 0, 8 + payload.length]), Buffer.from('dvcC'), payload]);
	const boxAt = (from: number, to: number, type: string): number => {
		for (let at = from; at < to; at += data.readUInt32BE(at)) {
			if (data.toString('latin1', at + 4, at + 8) === type) return at;
		}
		throw new Error(`no ${type} box in ${input}`);
	};
	const size = (at: number) => data.readUInt32BE(at);
	const parents: number[] = [];
	let at = boxAt(0, data.length, 'moov');
	parents.push(at);
	// The video track: the one whose sample entry is hvc1.
	at = boxAt(at + 8, at + size(at), 'trak');
	while (data.indexOf('hvc1', at) > at + size(at)) at = boxAt(at + size(at), parents[0]! + size(parents[0]!), 'trak');
	for (const type of ['mdia', 'minf', 'stbl', 'stsd']) {
		parents.push(at);
		at = boxAt(at + 8, at + size(at), type);
	}
	parents.push(at);
	const entry = boxAt(at + 16, at + size(at), 'hvc1');
	parents.push(entry);
	const end = entry + size(entry);
	for (const parent of parents) data.writeUInt32BE(size(parent) + box.length, parent);
	writeFileSync(output, Buffer.concat([data.subarray(0, end), box, data.subarray(end)]));
};
