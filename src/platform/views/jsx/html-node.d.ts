// Types of html-node.js (plain JavaScript, see jsx-runtime.js).
export declare const JSXNode: new (
  tag: string,
  props: Record<string, unknown>,
  children: unknown[],
) => {
  toStringToBuffer(buffer: string[]): void;
};
export declare class HtmlNode extends JSXNode {}
export declare function escapeHtml(text: string): string;
