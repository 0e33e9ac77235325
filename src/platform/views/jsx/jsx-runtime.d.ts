// Types of congtin's JSX runtime (jsx-runtime.js): hono/jsx's, since the nodes are hono's.
export { Fragment, type JSX, jsx, jsxs } from 'hono/jsx/jsx-runtime';
export { jsx as jsxDEV } from 'hono/jsx/jsx-runtime';
