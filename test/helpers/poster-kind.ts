import {type KindModule, makeIdPattern} from '../../src/kinds/asset-kind';
import type {HeaderProps} from '../../src/kinds/header/schema';
import {KINDS} from '../../src/kinds/registry';

/** A new kind, declared as a real one is: its own module, added to a registry. */
export const posterKind: KindModule<HeaderProps> = {
	...KINDS.header,
	compositionId: 'Poster',
	idPattern: makeIdPattern('poster'),
	perSeries: false,
	perEpisode: true,
	getProps: (c, episode) => ({...KINDS.header.getProps(c, episode), durationInSeconds: 3}),
	settings: {...KINDS.header.settings, crf: 23, videoBitrate: null},
	delivery: {...KINDS.header.delivery, slot: 'Poster', maxDurationSeconds: 3},
};
