// Entry of editor.js (bundled by scripts/build-client.mjs, loaded on staff pages that ask for it):
// every <textarea data-rich-editor> becomes a WYSIWYG editor once the page has loaded.
import { mountRichEditor } from './rich-editor.js';

function mountAll() {
  document.querySelectorAll<HTMLTextAreaElement>('textarea[data-rich-editor]').forEach((textarea) => {
    try {
      mountRichEditor(textarea);
    } catch (error) {
      // That textarea stays a plain one; the others still get their editor.
      console.error(error);
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
