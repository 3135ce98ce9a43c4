export {calculateTrailerMetadata} from './calculate-metadata';
export {getEpisodeTrailerProps} from './get-episode-trailer-props';
export {getSeriesTrailerProps} from './get-series-trailer-props';
export {trailerSchema, type TrailerProps} from './schema';
export {Trailer} from './Trailer';
