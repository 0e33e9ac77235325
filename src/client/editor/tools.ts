// What each toolbar button does, in the order writers meet them. Every command ends by putting
// the focus back in the text so typing can go on.
import type { Editor } from '@tiptap/core';
import type { Ask } from './ask.js';
import { checkLinkHref } from './links.js';
import type { Tool } from './toolbar.js';
import { editorText } from './editor.vi.js';

const words = editorText.tools;
const linkWords = editorText.links;

export interface ToolContext {
  editor: Editor;
  ask: Ask;
  /** Present when the form names an upload URL. */
  chooseImage?: () => void;
}

async function editLink(editor: Editor, ask: Ask) {
  const inLink = editor.isActive('link');
  const answer = await ask({
    title: inLink ? linkWords.editTitle : linkWords.insertTitle,
    label: linkWords.addressLabel,
    value: inLink ? String(editor.getAttributes('link').href ?? '') : '',
    hint: linkWords.addressHint,
    validate: (typed) => {
      const check = checkLinkHref(typed);
      return check.ok ? null : check.message;
    },
  });
  if (answer === null) {
    editor.commands.focus();
    return;
  }
  const check = checkLinkHref(answer);
  if (!check.ok) return;
  const chain = editor.chain().focus();
  if (inLink) {
    chain.extendMarkRange('link').setLink({ href: check.href }).run();
  } else if (editor.state.selection.empty) {
    // Nothing selected: the address itself becomes the linked text.
    chain
      .insertContent({ type: 'text', text: answer.trim(), marks: [{ type: 'link', attrs: { href: check.href } }] })
      .run();
  } else {
    chain.setLink({ href: check.href }).run();
  }
}

function blockTools(editor: Editor): Tool[] {
  const inTable = () => editor.isActive('table');
  return [
    {
      name: 'paragraph',
      label: words.paragraph,
      face: { text: '¶' },
      run: () => editor.chain().focus().setParagraph().run(),
      isActive: () =>
        editor.isActive('paragraph') && !inTable() && !editor.isActive('listItem') && !editor.isActive('blockquote'),
    },
    {
      name: 'heading2',
      label: words.heading2,
      face: { icon: 'heading2' },
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
      isActive: () => editor.isActive('heading', { level: 2 }),
    },
    {
      name: 'heading3',
      label: words.heading3,
      face: { icon: 'heading3' },
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
      isActive: () => editor.isActive('heading', { level: 3 }),
    },
  ];
}

function markTools(editor: Editor): Tool[] {
  return [
    {
      name: 'bold',
      label: words.bold,
      face: { text: 'B', className: 'is-bold' },
      shortcut: { aria: 'Control+B', shown: 'Ctrl+B' },
      run: () => editor.chain().focus().toggleBold().run(),
      isActive: () => editor.isActive('bold'),
    },
    {
      name: 'italic',
      label: words.italic,
      face: { text: 'I', className: 'is-italic' },
      shortcut: { aria: 'Control+I', shown: 'Ctrl+I' },
      run: () => editor.chain().focus().toggleItalic().run(),
      isActive: () => editor.isActive('italic'),
    },
    {
      name: 'underline',
      label: words.underline,
      face: { text: 'U', className: 'is-underline' },
      shortcut: { aria: 'Control+U', shown: 'Ctrl+U' },
      run: () => editor.chain().focus().toggleUnderline().run(),
      isActive: () => editor.isActive('underline'),
    },
  ];
}

function listTools(editor: Editor): Tool[] {
  return [
    {
      name: 'bulletList',
      label: words.bulletList,
      face: { icon: 'bulletList' },
      run: () => editor.chain().focus().toggleBulletList().run(),
      isActive: () => editor.isActive('bulletList'),
    },
    {
      name: 'orderedList',
      label: words.orderedList,
      face: { icon: 'orderedList' },
      run: () => editor.chain().focus().toggleOrderedList().run(),
      isActive: () => editor.isActive('orderedList'),
    },
    {
      name: 'blockquote',
      label: words.blockquote,
      face: { icon: 'blockquote' },
      run: () => editor.chain().focus().toggleBlockquote().run(),
      isActive: () => editor.isActive('blockquote'),
    },
  ];
}

function linkTools(editor: Editor, ask: Ask): Tool[] {
  return [
    { name: 'link', label: words.link, face: { icon: 'link' }, run: () => void editLink(editor, ask) },
    {
      name: 'unlink',
      label: words.unlink,
      face: { icon: 'unlink' },
      run: () => editor.chain().focus().extendMarkRange('link').unsetLink().run(),
      isEnabled: () => editor.isActive('link'),
    },
  ];
}

function tableTools(editor: Editor): Tool[] {
  const can = () => editor.can();
  const inTable = () => editor.isActive('table');
  return [
    {
      name: 'insertTable',
      label: words.insertTable,
      face: { icon: 'table' },
      run: () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      isEnabled: () => !inTable(),
    },
    {
      name: 'addRow',
      label: words.addRow,
      face: { text: words.addRowFace },
      run: () => editor.chain().focus().addRowAfter().run(),
      isEnabled: () => can().addRowAfter(),
    },
    {
      name: 'addColumn',
      label: words.addColumn,
      face: { text: words.addColumnFace },
      run: () => editor.chain().focus().addColumnAfter().run(),
      isEnabled: () => can().addColumnAfter(),
    },
    {
      name: 'deleteRow',
      label: words.deleteRow,
      face: { text: words.deleteRowFace },
      run: () => editor.chain().focus().deleteRow().run(),
      isEnabled: () => can().deleteRow(),
    },
    {
      name: 'deleteColumn',
      label: words.deleteColumn,
      face: { text: words.deleteColumnFace },
      run: () => editor.chain().focus().deleteColumn().run(),
      isEnabled: () => can().deleteColumn(),
    },
    {
      name: 'deleteTable',
      label: words.deleteTable,
      face: { text: words.deleteTable },
      run: () => editor.chain().focus().deleteTable().run(),
      isEnabled: () => can().deleteTable(),
    },
  ];
}

function historyTools(editor: Editor): Tool[] {
  const can = () => editor.can();
  return [
    {
      name: 'undo',
      label: words.undo,
      face: { icon: 'undo' },
      shortcut: { aria: 'Control+Z', shown: 'Ctrl+Z' },
      run: () => editor.chain().focus().undo().run(),
      isEnabled: () => can().undo(),
    },
    {
      name: 'redo',
      label: words.redo,
      face: { icon: 'redo' },
      shortcut: { aria: 'Control+Shift+Z', shown: 'Ctrl+Shift+Z' },
      run: () => editor.chain().focus().redo().run(),
      isEnabled: () => can().redo(),
    },
  ];
}

export function buildTools({ editor, ask, chooseImage }: ToolContext): Tool[][] {
  const imageTools: Tool[][] = chooseImage
    ? [[{ name: 'image', label: words.image, face: { icon: 'image' }, run: chooseImage }]]
    : [];
  return [
    blockTools(editor),
    markTools(editor),
    listTools(editor),
    linkTools(editor, ask),
    tableTools(editor),
    ...imageTools,
    historyTools(editor),
  ];
}
