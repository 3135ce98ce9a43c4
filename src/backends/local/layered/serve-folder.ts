import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';

export type FolderServer = {
	/** The URL of a file of the folder, from its path relative to it. */
	url: (file: string) => string;
	close: () => Promise<void>;
};

/**
 * Serves the files of one folder on 127.0.0.1, at a free port, for Remotion's audio mixer,
 * which downloads the media it mixes. Nothing outside the folder is served.
 */
export const serveFolder = async (folder: string): Promise<FolderServer> => {
	const root = path.resolve(folder);
	const server = createServer((request, response) => {
		const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		const file = path.resolve(root, `.${relative}`);
		if (!file.startsWith(root + path.sep)) {
			response.writeHead(403).end();
			return;
		}
		stat(file).then(
			(stats) => {
				response.writeHead(200, {'content-length': stats.size, 'content-type': 'application/octet-stream'});
				createReadStream(file).pipe(response);
			},
			() => response.writeHead(404).end(),
		);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as {port: number};
	return {
		url: (file) => `http://127.0.0.1:${port}/${file.split('/').map(encodeURIComponent).join('/')}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
};
