import {parseArgs} from 'node:util';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

/** `[--campaign FILE]`, the one flag of check and proxies: the file, or the usage error to print. */
export const parseCampaignFlag = (
	argv: readonly string[],
	usage: string,
): {ok: true; campaign: string} | {ok: false; message: string} => {
	try {
		const {values} = parseArgs({args: [...argv], options: {campaign: {type: 'string'}}, strict: true});
		return {ok: true, campaign: values.campaign ?? DEFAULT_CAMPAIGN};
	} catch (error) {
		return {ok: false, message: `error: ${(error as Error).message}\n${usage}\n`};
	}
};
