import type {ManifestEntry} from '../../src/plan/manifest';

/** A manifest entry as the renderer writes it for a passing asset, changed by `overrides`. */
export const makeManifestEntry = (overrides: Partial<ManifestEntry> & Pick<ManifestEntry, 'id'>): ManifestEntry => ({
	kind: 'teaser',
	episode: 1,
	status: 'rendered',
	file: `${overrides.id}.mp4`,
	cover: null,
	durationInSeconds: 12,
	bytes: 3_210_000,
	fileHash: 'a'.repeat(64),
	contentKey: 'k'.repeat(64),
	inputs: {props: 'p1', code: 'c1', settings: 's1'},
	scale: 1,
	backend: 'local',
	qc: {passed: true, checks: [{rule: 'frame size', passed: true, measured: '1080×1920', limit: '1080×1920'}]},
	error: null,
	renderedAt: '2027-01-10T09:00:00.000Z',
	renderSeconds: 30.5,
	...overrides,
});
