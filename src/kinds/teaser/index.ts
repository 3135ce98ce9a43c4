export {calculateTeaserMetadata} from './calculate-metadata';
export {getTeaserProps} from './get-teaser-props';
export {teaserSchema, type TeaserProps} from './schema';
export {Teaser} from './Teaser';
