import React from 'react';
import {Composition, Folder} from 'remotion';
import {listLayersCompositions} from './kinds/layers/list-layers-compositions';
import {KINDS_FOLDER, listStudioCompositions, type StudioComposition} from './kinds/list-studio-compositions';
import {readSampleCampaign} from './kinds/read-sample-campaign';
import {FRAME} from './specs/frame';

const compositions = listStudioCompositions(readSampleCampaign());
const folders = [...new Set(compositions.map((c) => c.folder))];
/** What the layered renderer captures: each kind's overlay layer. */
const layers = listLayersCompositions(compositions.filter((c) => c.folder === KINDS_FOLDER));
/** Placeholder length; calculateMetadata sets the real one from the props. */
const DEFAULT_FRAMES = FRAME.fps * 4;

const KindComposition: React.FC<{composition: StudioComposition}> = ({composition: {id, kind, defaultProps}}) => (
	<Composition
		id={id}
		{...FRAME}
		durationInFrames={DEFAULT_FRAMES}
		lazyComponent={kind.component}
		schema={kind.schema}
		defaultProps={defaultProps}
		calculateMetadata={kind.calculateMetadata}
	/>
);

/** Each kind's composition, then every asset of the sample campaign, in folders; then the layers. */
export const Root: React.FC = () => (
	<>
		{folders.map((folder) => (
			<Folder key={folder} name={folder}>
				{compositions
					.filter((c) => c.folder === folder)
					.map((c) => (
						<KindComposition key={c.id} composition={c} />
					))}
			</Folder>
		))}
		<Folder name="layers">
			{layers.map((c) => (
				<Composition key={c.id} {...FRAME} durationInFrames={DEFAULT_FRAMES} {...c} />
			))}
		</Folder>
	</>
);
