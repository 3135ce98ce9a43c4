import {openSync, readSync, closeSync, fstatSync} from 'node:fs';

/** Top-level MP4 box types in file order ("ftyp", "moov", "mdat", …), read from headers only. */
export const readBoxOrder = (file: string): string[] => {
	const fd = openSync(file, 'r');
	try {
		const size = fstatSync(fd).size;
		const header = Buffer.alloc(16);
		const boxes: string[] = [];
		let offset = 0;
		while (offset + 8 <= size && boxes.length < 64) {
			readSync(fd, header, 0, 16, offset);
			let boxSize = header.readUInt32BE(0);
			const type = header.toString('latin1', 4, 8);
			if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
			else if (boxSize === 0) boxSize = size - offset;
			if (boxSize < 8) break;
			boxes.push(type);
			offset += boxSize;
		}
		return boxes;
	} finally {
		closeSync(fd);
	}
};
