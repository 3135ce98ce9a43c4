import React from 'react';
import {Composition, Folder} from 'remotion';
import {
	calculateHeaderMetadata,
	getEpisodeHeaderProps,
	getSeriesHeaderProps,
	Header,
	headerSchema,
} from '../compositions/Header';
import {getBundleCampaign} from './campaign/get-bundle-campaign';
import {getAssetId, getEpisodeKey} from './campaign/list-campaign-assets';
import {FRAME} from './specs/frame';

const campaign = getBundleCampaign();

/** Every asset of the campaign as a composition, in a folder per episode plus one for the series. */
export const Root: React.FC = () => (
	<>
		<Folder name="series">
			<Composition
				id={getAssetId('header', null)}
				component={Header}
				schema={headerSchema}
				defaultProps={getSeriesHeaderProps(campaign)}
				calculateMetadata={calculateHeaderMetadata}
				durationInFrames={FRAME.fps * 4}
				{...FRAME}
			/>
		</Folder>
		{campaign.episodes.map((episode) => (
			<Folder key={episode.number} name={getEpisodeKey(episode.number)}>
				<Composition
					id={getAssetId('header', episode.number)}
					component={Header}
					schema={headerSchema}
					defaultProps={getEpisodeHeaderProps(campaign, episode)}
					calculateMetadata={calculateHeaderMetadata}
					durationInFrames={FRAME.fps * 4}
					{...FRAME}
				/>
			</Folder>
		))}
	</>
);
