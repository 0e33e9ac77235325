// The development entry of congtin's JSX runtime (see jsx-runtime.js); the same functions.
export { Fragment, jsxDEV } from './jsx-runtime.js';
