// congtin's JSX runtime (package.json "imports": #jsx/jsx-runtime; tsconfig jsxImportSource "#jsx"):
// hono/jsx's nodes, written by a faster path of their own (html-node.js).
//
// Why not hono's own runtime: it renders <head> and <svg> through a context provider whose render
// calls AsyncLocalStorage.run(), and on Node 20 the first run() switches on async hooks for the
// whole process: every later request, cached page or beacon, paid for them (8–10 % of the cached
// article page's throughput, bench/RESULTS.md "Speed at the limit"). It also sends <title>, <meta>,
// <link>, <script>, <style>, <form>, <input> and <button> through React-19-style components
// (hoisting into <head>, function form actions) that these server-rendered pages never use.
// congtin's pages are synchronous trees with an explicit <head>, so an HTML tag becomes the node
// hono builds for any other tag: the same attribute names, the same escaping, the same output
// (test: jsx-runtime.test.tsx), written by a faster path of its own (html-node.js). Plain
// JavaScript, not TypeScript: Node resolves this file from package.json both under tsx and from
// dist/, so it must run as it is.
import { Fragment } from 'hono/jsx';
import { ComponentNode, HtmlNode } from './html-node.js';

function childrenOf(props) {
  if (!props || !('children' in props)) return [];
  return Array.isArray(props.children) ? props.children : [props.children];
}

export function jsx(tag, props, key) {
  let node;
  if (typeof tag === 'string') node = new HtmlNode(tag, props ?? {}, childrenOf(props));
  else if (tag === Fragment) node = Fragment(props ?? {});
  else node = new ComponentNode(tag, props ?? {}, childrenOf(props));
  node.key = key;
  return node;
}

export { Fragment, jsx as jsxs, jsx as jsxDEV };
