export {Header} from './Header';
export {calculateHeaderMetadata, getHeaderCoverFrame} from './calculate-metadata';
export {getEpisodeHeaderProps, getSeriesHeaderProps} from './get-header-props';
export {headerSchema, type HeaderProps} from './schema';
