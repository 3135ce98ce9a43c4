import {Config} from '@remotion/cli/config';
import {findBrowserExecutable} from './src/backends/local/find-browser';
import {findCompositionIdInArgv, getCompositionSettings} from './src/kinds/get-composition-settings';
import {BASE_RENDER_SETTINGS} from './src/kinds/render-settings';

// Studio and the Remotion CLI use the same system Chromium as scripts/render.ts:
// Remotion's own browser download fails without internet.
Config.setPublicDir('assets');
Config.setEntryPoint('src/index.ts');
Config.setBrowserExecutable(findBrowserExecutable());
Config.setChromeMode('chrome-for-testing');

// `npx remotion render ep03-header` encodes as the batch does: the shared settings, and the
// kind's own (CRF or bitrate, muted) found from the composition id on the command line.
Config.setCodec(BASE_RENDER_SETTINGS.codec);
Config.setVideoImageFormat(BASE_RENDER_SETTINGS.imageFormat);
Config.setJpegQuality(BASE_RENDER_SETTINGS.jpegQuality);
Config.setColorSpace(BASE_RENDER_SETTINGS.colorSpace);
Config.setX264Preset(BASE_RENDER_SETTINGS.x264Preset);
const id = findCompositionIdInArgv(process.argv);
const settings = id ? getCompositionSettings(id) : null;
if (settings) {
	if (settings.crf !== null) Config.setCrf(settings.crf);
	if (settings.videoBitrate !== null) Config.setVideoBitrate(settings.videoBitrate);
	Config.setMuted(settings.muted);
}
