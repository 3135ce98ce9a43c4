import {runFfprobe} from '../../src/media/run-ffprobe';

type Stream = {
	codec_type: string;
	codec_name: string;
	width?: number;
	height?: number;
	pix_fmt?: string;
	color_space?: string;
	color_range?: string;
	r_frame_rate?: string;
};

/** ffprobe's streams and duration of a file, as a user would check them. */
export const probe = async (file: string) => {
	const output = (await runFfprobe(file, ['-show_streams', '-show_format'])) as {
		streams: Stream[];
		format: {duration: string};
	};
	return {streams: output.streams, duration: Number(output.format.duration)};
};
