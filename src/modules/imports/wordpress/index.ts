// The WordPress reader: a WXR 1.x export (and a copy of wp-content/uploads) as an ImportSource.
export { openWordPressSource } from './wordpress-source.js';
export { WordPressInputError } from './wordpress-error.js';
