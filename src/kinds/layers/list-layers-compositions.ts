import type {CalculateMetadataFunction} from 'remotion';
import type {AnyKindModule} from '../asset-kind';
import type {StudioComposition} from '../list-studio-compositions';
import {getLayersCompositionId, type LayersProps, layersPropsSchema} from './layers-schema';
import {withLayers} from './with-layers';

export type LayersComposition = {
	id: string;
	lazyComponent: () => Promise<{default: React.ComponentType<LayersProps>}>;
	schema: typeof layersPropsSchema;
	defaultProps: LayersProps;
	calculateMetadata: CalculateMetadataFunction<LayersProps>;
};

/** The kind's own metadata (length, completed props) for the asset inside, and what its layers need measured. */
const delegateMetadata =
	(kind: AnyKindModule): CalculateMetadataFunction<LayersProps> =>
	async (options) => {
		const inner = await kind.calculateMetadata({
			...options,
			props: options.props.props,
			defaultProps: options.props.props,
		});
		const props = inner.props ?? options.props.props;
		const hints = kind.measureLayers ? await kind.measureLayers(props) : null;
		return {...inner, props: {...options.props, props, hints}};
	};

/**
 * A layers composition per kind that declares layers, for the layered renderer; shown in
 * Studio with the kind's first asset, as its overlay layer.
 */
export const listLayersCompositions = (kindCompositions: readonly StudioComposition[]): LayersComposition[] =>
	kindCompositions.flatMap(({kind, defaultProps}) =>
		kind.layers
			? [
					{
						id: getLayersCompositionId(kind.compositionId),
						lazyComponent: () => kind.component().then((m) => ({default: withLayers(m.default)})),
						schema: layersPropsSchema,
						defaultProps: {props: defaultProps, captures: [], pass: 'pictures', hints: null},
						calculateMetadata: delegateMetadata(kind),
					},
				]
			: [],
	);
