// The nodes congtin's JSX runtime makes for an HTML tag and for a component: hono's JSXNode with
// a faster way to write itself. Every page (cached or not, public or staff) is written through this, and hono's
// general one spends most of an uncached page's render time on work these pages do not need: an
// entries array and a closure per element, each attribute name normalised and checked again, an
// object spread per component. Here a name is normalised and checked once per process (cached),
// and the common values (text, numbers, true/false) are written in one pass; anything else (a
// style object, raw HTML, dangerouslySetInnerHTML, a promise) is left to hono's own code, so the
// output is byte for byte hono's (jsx-runtime.test.tsx compares them, hostile values included).
// Plain JavaScript for the reason jsx-runtime.js gives.
import { Fragment } from 'hono/jsx';

/** hono's JSXNode class: not exported, but it is the base class of the Fragment node. */
export const JSXNode = Object.getPrototypeOf(Fragment({ children: [] }).constructor);
if (JSXNode?.name !== 'JSXNode') throw new Error('hono/jsx changed: JSXNode is not the base of its Fragment node');

// As hono/jsx 4.13 (dist/jsx/base.js, utils.js): void elements, boolean attributes, renamed props.
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const BOOLEAN_ATTRIBUTES = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
  'shadowrootclonable',
  'shadowrootdelegatesfocus',
  'shadowrootserializable',
]);
const RENAMED = new Map([
  ['className', 'class'],
  ['htmlFor', 'for'],
  ['crossOrigin', 'crossorigin'],
  ['httpEquiv', 'http-equiv'],
  ['itemProp', 'itemprop'],
  ['fetchPriority', 'fetchpriority'],
  ['noModule', 'nomodule'],
  ['formAction', 'formaction'],
]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: hono's own rule, control characters are what it refuses
const INVALID_NAME_CHARS = /[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;
const SVG_CAMEL_ATTRIBUTE =
  /^(?:al|basel|clip(?:Path|Rule)$|co|do|fill|fl|fo|gl|let|lig|i|marker[EMS]|o|pai|pointe|sh|st[or]|text[^L]|tr|u|ve|w)/;

/** A prop's attribute name as hono writes it, or null when hono leaves the prop out. */
function attributeNameOf(key, onSvg) {
  let name = RENAMED.get(key) || key;
  if (onSvg && /[A-Z]/.test(name) && SVG_CAMEL_ATTRIBUTE.test(name))
    name = name.replace(/([A-Z])/g, '-$1').toLowerCase();
  if (name.length === 0 || INVALID_NAME_CHARS.test(name)) return null;
  return name;
}

// Names seen so far (a page's attributes are a few dozen names; props are never user input).
const htmlNames = new Map();
const svgNames = new Map();
function attributeName(key, onSvg) {
  const names = onSvg ? svgNames : htmlNames;
  let name = names.get(key);
  if (name === undefined) {
    name = attributeNameOf(key, onSvg);
    if (names.size < 4096) names.set(key, name);
  }
  return name;
}

const ESCAPED = /[&<>'"]/;
/** hono's escapeToBuffer, returning the string. */
export function escapeHtml(text) {
  const first = text.search(ESCAPED);
  if (first === -1) return text;
  let out = '';
  let last = 0;
  for (let i = first; i < text.length; i++) {
    let entity;
    switch (text.charCodeAt(i)) {
      case 34:
        entity = '&quot;';
        break;
      case 39:
        entity = '&#39;';
        break;
      case 38:
        entity = '&amp;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      default:
        continue;
    }
    out += text.substring(last, i) + entity;
    last = i + 1;
  }
  return out + text.substring(last);
}

/** The start tag, or null when a prop needs hono's own code (style objects, raw HTML, promises…). */
function startTag(tag, props) {
  let out = `<${tag}`;
  const onSvg = tag === 'svg';
  for (const key in props) {
    if (key === 'children' || key === 'dangerouslySetInnerHTML') {
      if (key === 'children') continue;
      return null;
    }
    const value = props[key];
    const name = attributeName(key, onSvg);
    if (name === null || name === 'ref' || value === null || value === undefined) continue;
    const type = typeof value;
    if (type === 'string') out += ` ${name}="${escapeHtml(value)}"`;
    else if (type === 'number') out += ` ${name}="${value}"`;
    else if (type === 'boolean') {
      if (!BOOLEAN_ATTRIBUTES.has(name)) out += ` ${name}="${value}"`;
      else if (value) out += ` ${name}=""`;
    } else return null;
  }
  return out;
}

function childrenToBuffer(children, buffer) {
  for (let i = 0, n = children.length; i < n; i++) {
    const child = children[i];
    if (typeof child === 'string') buffer[0] += escapeHtml(child);
    else if (typeof child === 'boolean' || child === null || child === undefined) continue;
    else if (child instanceof JSXNode) child.toStringToBuffer(buffer);
    else if (typeof child === 'number') buffer[0] += child;
    else if (child.isEscaped) {
      buffer[0] += child;
      if (child.callbacks) {
        buffer.callbacks ||= [];
        buffer.callbacks.push(...child.callbacks);
      }
    } else if (child instanceof Promise) buffer.unshift('', child);
    else childrenToBuffer(child, buffer);
  }
}

export class HtmlNode extends JSXNode {
  toStringToBuffer(buffer) {
    const tag = this.tag;
    const start = startTag(tag, this.props);
    if (start === null) {
      super.toStringToBuffer(buffer);
      return;
    }
    const children = this.children;
    if (children.length === 0 && VOID_TAGS.has(tag)) {
      buffer[0] += `${start}/>`;
      return;
    }
    buffer[0] += `${start}>`;
    childrenToBuffer(children, buffer);
    buffer[0] += `</${tag}>`;
  }
}

/**
 * A component: hono's JSXFunctionNode without its per-render copies (the props are the compiler's
 * own object, made for this one element; a copy only when hono's would differ). Pages are
 * synchronous trees (render.ts): an async component is refused here, as renderDocument refuses it.
 */
export class ComponentNode extends JSXNode {
  toStringToBuffer(buffer) {
    const children = this.children;
    let props = this.props;
    const expected = children.length === 0 ? undefined : children.length === 1 ? children[0] : children;
    if (props.children !== expected) {
      props = { ...props };
      if (expected === undefined) delete props.children;
      else props.children = expected;
    }
    const result = this.tag.call(null, props);
    if (typeof result === 'boolean' || result === null || result === undefined) return;
    if (result instanceof Promise)
      throw new Error('congtin pages are synchronous: an async component cannot be rendered');
    if (result instanceof JSXNode) result.toStringToBuffer(buffer);
    else if (Array.isArray(result)) childrenToBuffer(result, buffer);
    else if (typeof result === 'number' || result.isEscaped) {
      buffer[0] += result;
      if (result.callbacks) {
        buffer.callbacks ||= [];
        buffer.callbacks.push(...result.callbacks);
      }
    } else buffer[0] += escapeHtml(result);
  }
}
