// The NukeViet reader: a NukeViet 4.x database (news module, users, statistics) and a copy of the
// site's uploads folder as an ImportSource.
export { openNukeVietSource, type NukeVietOptions } from './nukeviet-source.js';
export { NukeVietInputError } from './nukeviet-error.js';
