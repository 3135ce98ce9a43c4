import {Config} from '@remotion/cli/config';
import {findBrowserExecutable} from './src/backends/local/find-browser';

// Studio and the Remotion CLI use the same system Chromium as scripts/render.ts:
// Remotion's own browser download fails without internet.
Config.setPublicDir('assets');
Config.setEntryPoint('src/index.ts');
Config.setBrowserExecutable(findBrowserExecutable());
Config.setChromeMode('chrome-for-testing');
Config.setVideoImageFormat('jpeg');
Config.setColorSpace('bt709');
