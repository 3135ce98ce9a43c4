import React from 'react';
import {Freeze, useCurrentFrame} from 'remotion';
import {RenderLayerContext} from '../../components/render-layer';
import type {LayersProps} from './layers-schema';

/**
 * Wraps a kind's component into its layers composition. Picture pass: frame i draws
 * capture i, the asset frozen at that frame in that layer, so one render captures exactly
 * the frames the plan asks for, in one browser session. Audio pass: the asset as it plays,
 * sound only.
 */
export const withLayers = <P extends object>(Component: React.ComponentType<P>): React.FC<LayersProps> => {
	const Layers: React.FC<LayersProps> = ({props, captures, pass}) => {
		const frame = useCurrentFrame();
		const assetProps = props as P;
		if (pass === 'audio') {
			// Nothing of it is seen: no layout, no paint, only the sound its media make.
			return (
				<RenderLayerContext.Provider value="audio">
					<div style={{display: 'none'}}>
						<Component {...assetProps} />
					</div>
				</RenderLayerContext.Provider>
			);
		}
		const capture = captures[frame] ?? {frame, layer: 'overlay' as const};
		return (
			<RenderLayerContext.Provider value={capture.layer}>
				<Freeze frame={capture.frame}>
					<Component {...assetProps} />
				</Freeze>
			</RenderLayerContext.Provider>
		);
	};
	Layers.displayName = `${Component.displayName ?? Component.name}Layers`;
	return Layers;
};
