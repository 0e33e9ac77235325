// Toolbar pictograms as SVG built through the DOM: no icon font to load, no inline style (the
// CSP forbids it), and they follow the button's text colour. Each button also has a Vietnamese
// name (aria-label and title); the pictures are hidden from screen readers.
const SVG_NS = 'http://www.w3.org/2000/svg';

type Shape = [tag: 'path' | 'rect' | 'circle', attributes: Record<string, string>];

const icons = {
  // Drawn, not written: a visible "H2" would not be part of the name "Tiêu đề 2" (WCAG 2.5.3).
  heading2: [
    ['path', { d: 'M3.5 6v12M11.5 6v12M3.5 12h8' }],
    ['path', { d: 'M15 10.2a2.3 2.3 0 1 1 4.1 1.6L15 17.5h5' }],
  ],
  heading3: [
    ['path', { d: 'M3.5 6v12M11.5 6v12M3.5 12h8' }],
    ['path', { d: 'M15.2 8h4.3l-2.6 3.4a2.9 2.9 0 1 1-2 5' }],
  ],
  bulletList: [
    ['circle', { cx: '4.5', cy: '6', r: '1.6', fill: 'currentColor', stroke: 'none' }],
    ['circle', { cx: '4.5', cy: '12', r: '1.6', fill: 'currentColor', stroke: 'none' }],
    ['circle', { cx: '4.5', cy: '18', r: '1.6', fill: 'currentColor', stroke: 'none' }],
    ['path', { d: 'M9 6h12M9 12h12M9 18h12' }],
  ],
  orderedList: [
    ['path', { d: 'M3.5 5 5 4v5M3.5 9h3' }],
    ['path', { d: 'M3.4 14.2a1.6 1.6 0 0 1 3.1.4c0 1.2-3.1 2.1-3.1 3.4h3.2' }],
    ['path', { d: 'M10 6.5h11M10 12h11M10 17.5h11' }],
  ],
  blockquote: [
    ['path', { d: 'M4 12h5v6H4zM4 12c0-3 1.2-5 4-6', fill: 'currentColor' }],
    ['path', { d: 'M14 12h5v6h-5zM14 12c0-3 1.2-5 4-6', fill: 'currentColor' }],
  ],
  link: [
    ['path', { d: 'M9.5 14.5l5-5' }],
    ['path', { d: 'M11 6.5l1.6-1.6a4 4 0 0 1 5.6 5.6L16.6 12' }],
    ['path', { d: 'M13 17.5l-1.6 1.6a4 4 0 0 1-5.6-5.6L7.4 12' }],
  ],
  unlink: [
    ['path', { d: 'M11 6.5l1.6-1.6a4 4 0 0 1 5.6 5.6L16.6 12' }],
    ['path', { d: 'M13 17.5l-1.6 1.6a4 4 0 0 1-5.6-5.6L7.4 12' }],
    ['path', { d: 'M4 4l16 16' }],
  ],
  table: [
    ['rect', { x: '3', y: '4', width: '18', height: '16', rx: '1.5' }],
    ['path', { d: 'M3 9.5h18M3 14.8h18M9 4v16M15 4v16' }],
  ],
  image: [
    ['rect', { x: '3', y: '4', width: '18', height: '16', rx: '2' }],
    ['circle', { cx: '8.5', cy: '9.5', r: '1.8' }],
    ['path', { d: 'M21 15.5l-5-5L6 20' }],
  ],
  undo: [['path', { d: 'M9 13.5 4 8.5l5-5M4 8.5h10.5a5.5 5.5 0 0 1 0 11H11' }]],
  redo: [['path', { d: 'M15 13.5l5-5-5-5M20 8.5H9.5a5.5 5.5 0 0 0 0 11H13' }]],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof icons;

export function createIcon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [key, value] of Object.entries({
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
  }))
    svg.setAttribute(key, value);
  for (const [tag, attributes] of icons[name] as Shape[]) {
    const shape = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
    svg.appendChild(shape);
  }
  return svg;
}
