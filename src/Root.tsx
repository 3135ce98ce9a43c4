import React from 'react';
import {Composition, Folder} from 'remotion';
import {getAssetProps} from './kinds/get-asset-props';
import {calculateHeaderMetadata, Header, headerSchema} from './kinds/header';
import {calculateTeaserMetadata, Teaser, teaserSchema} from './kinds/teaser';
import {calculateTrailerMetadata, Trailer, trailerSchema} from './kinds/trailer';
import {getBundleCampaign} from './campaign/get-bundle-campaign';
import {type AssetRef, getEpisodeKey, listCampaignAssets} from './plan/list-campaign-assets';
import {FRAME} from './specs/frame';

const campaign = getBundleCampaign();
const assets = listCampaignAssets(campaign);
/** Placeholder length; calculateMetadata sets the real one from the props. */
const DEFAULT_FRAMES = FRAME.fps * 4;

const AssetComposition: React.FC<{asset: AssetRef}> = ({asset}) => {
	const resolved = getAssetProps(campaign, asset);
	const common = {id: asset.id, durationInFrames: DEFAULT_FRAMES, ...FRAME};
	switch (resolved.kind) {
		case 'header':
			return (
				<Composition
					{...common}
					component={Header}
					schema={headerSchema}
					defaultProps={resolved.props}
					calculateMetadata={calculateHeaderMetadata}
				/>
			);
		case 'teaser':
			return (
				<Composition
					{...common}
					component={Teaser}
					schema={teaserSchema}
					defaultProps={resolved.props}
					calculateMetadata={calculateTeaserMetadata}
				/>
			);
		case 'trailer':
			return (
				<Composition
					{...common}
					component={Trailer}
					schema={trailerSchema}
					defaultProps={resolved.props}
					calculateMetadata={calculateTrailerMetadata}
				/>
			);
	}
};

const folderOf = (asset: AssetRef) => (asset.episode === null ? 'series' : getEpisodeKey(asset.episode));
const folders = [...new Set(assets.map(folderOf))];

/** Every asset of the campaign as a composition, in a folder per episode plus one for the series. */
export const Root: React.FC = () => (
	<>
		{folders.map((folder) => (
			<Folder key={folder} name={folder}>
				{assets
					.filter((asset) => folderOf(asset) === folder)
					.map((asset) => (
						<AssetComposition key={asset.id} asset={asset} />
					))}
			</Folder>
		))}
	</>
);
