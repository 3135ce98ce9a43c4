import React from 'react';
import {AbsoluteFill, Freeze, useCurrentFrame} from 'remotion';
import {ContrastProbeContext} from '../../components/contrast-probe';
import {RenderLayerContext} from '../../components/render-layer';
import {SceneDrawingContext} from '../../components/scene-drawing';
import {TrackDrawingContext} from '../../components/track-drawing';
import type {LayersProps} from './layers-schema';

/**
 * Wraps a kind's component into its layers composition. Picture pass: frame i draws
 * capture i, the asset frozen at that frame in that layer, so one render captures exactly
 * the frames the plan asks for, in one browser session. An overlay capture leaves out the
 * blocks on a track, or draws one track alone (useTrackDrawing), and draws caption pages
 * without highlight once the hints are measured (CaptionTrack), except for QC (`live`, `probe`). Audio pass: the asset as it plays,
 * sound only.
 */
export const withLayers = <P extends object>(Component: React.ComponentType<P>): React.FC<LayersProps> => {
	const Layers: React.FC<LayersProps> = ({props, captures, pass, hints}) => {
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
		const solo = capture.solo ?? null;
		// QC's captures show every block where it stands, as the asset plays.
		const tracked = capture.layer === 'overlay' && !capture.live && !capture.probe;
		const drawn = (
			<ContrastProbeContext.Provider value={capture.probe ?? false}>
				<SceneDrawingContext.Provider value={capture.scene ?? null}>
					<Freeze frame={capture.frame}>
						<Component {...assetProps} />
					</Freeze>
				</SceneDrawingContext.Provider>
			</ContrastProbeContext.Provider>
		);
		return (
			<RenderLayerContext.Provider value={capture.layer}>
				<TrackDrawingContext.Provider
					value={tracked ? {absoluteFrame: capture.frame, solo, wordTracks: hints !== null} : null}
				>
					{/* A track alone: everything hidden but its blocks, which make themselves visible. */}
					{solo === null ? drawn : <AbsoluteFill style={{visibility: 'hidden'}}>{drawn}</AbsoluteFill>}
				</TrackDrawingContext.Provider>
			</RenderLayerContext.Provider>
		);
	};
	Layers.displayName = `${Component.displayName ?? Component.name}Layers`;
	return Layers;
};
