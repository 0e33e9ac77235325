// WordPress stores a classic post's paragraphs as blank lines, not <p> tags, and adds the tags
// only when it shows the post (wpautop). This does the part that matters for keeping the text's
// shape: text blocks become paragraphs, single line breaks become <br>; blocks that already start
// with a block tag (and Gutenberg's commented blocks) are left as written.
const BLOCK_START =
  /^<(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|figure|figcaption|hr|dl|section|article|aside|header|footer|address|form|!--)[\s>/]/i;

export function addParagraphs(html: string): string {
  if (!html.includes('\n')) return BLOCK_START.test(html.trim()) || html.trim() === '' ? html : `<p>${html.trim()}</p>`;
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => (BLOCK_START.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}
