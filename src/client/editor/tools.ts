// What each toolbar button does, in the order writers meet them. Every command ends by putting
// the focus back in the text so typing can go on.
import type { Editor } from '@tiptap/core';
import type { Ask } from './ask.js';
import { checkLinkHref } from './links.js';
import type { Tool } from './toolbar.js';

export interface ToolContext {
  editor: Editor;
  ask: Ask;
  /** Present when the form names an upload URL. */
  chooseImage?: () => void;
}

async function editLink(editor: Editor, ask: Ask) {
  const inLink = editor.isActive('link');
  const answer = await ask({
    title: inLink ? 'Sửa liên kết' : 'Chèn liên kết',
    label: 'Địa chỉ liên kết (URL)',
    value: inLink ? String(editor.getAttributes('link').href ?? '') : '',
    hint: 'Ví dụ: https://laocai.gov.vn/tin-tuc hoặc /tin-tuc/ten-bai-viet',
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

export function buildTools({ editor, ask, chooseImage }: ToolContext): Tool[][] {
  const can = () => editor.can();
  const inTable = () => editor.isActive('table');
  return [
    [
      {
        name: 'paragraph',
        label: 'Đoạn văn',
        face: { text: '¶' },
        run: () => editor.chain().focus().setParagraph().run(),
        isActive: () =>
          editor.isActive('paragraph') && !inTable() && !editor.isActive('listItem') && !editor.isActive('blockquote'),
      },
      {
        name: 'heading2',
        label: 'Tiêu đề 2',
        face: { icon: 'heading2' },
        run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
        isActive: () => editor.isActive('heading', { level: 2 }),
      },
      {
        name: 'heading3',
        label: 'Tiêu đề 3',
        face: { icon: 'heading3' },
        run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
        isActive: () => editor.isActive('heading', { level: 3 }),
      },
    ],
    [
      {
        name: 'bold',
        label: 'Đậm',
        face: { text: 'B', className: 'is-bold' },
        shortcut: { aria: 'Control+B', shown: 'Ctrl+B' },
        run: () => editor.chain().focus().toggleBold().run(),
        isActive: () => editor.isActive('bold'),
      },
      {
        name: 'italic',
        label: 'Nghiêng',
        face: { text: 'I', className: 'is-italic' },
        shortcut: { aria: 'Control+I', shown: 'Ctrl+I' },
        run: () => editor.chain().focus().toggleItalic().run(),
        isActive: () => editor.isActive('italic'),
      },
      {
        name: 'underline',
        label: 'Gạch chân',
        face: { text: 'U', className: 'is-underline' },
        shortcut: { aria: 'Control+U', shown: 'Ctrl+U' },
        run: () => editor.chain().focus().toggleUnderline().run(),
        isActive: () => editor.isActive('underline'),
      },
    ],
    [
      {
        name: 'bulletList',
        label: 'Danh sách',
        face: { icon: 'bulletList' },
        run: () => editor.chain().focus().toggleBulletList().run(),
        isActive: () => editor.isActive('bulletList'),
      },
      {
        name: 'orderedList',
        label: 'Danh sách số',
        face: { icon: 'orderedList' },
        run: () => editor.chain().focus().toggleOrderedList().run(),
        isActive: () => editor.isActive('orderedList'),
      },
      {
        name: 'blockquote',
        label: 'Trích dẫn',
        face: { icon: 'blockquote' },
        run: () => editor.chain().focus().toggleBlockquote().run(),
        isActive: () => editor.isActive('blockquote'),
      },
    ],
    [
      { name: 'link', label: 'Liên kết', face: { icon: 'link' }, run: () => void editLink(editor, ask) },
      {
        name: 'unlink',
        label: 'Bỏ liên kết',
        face: { icon: 'unlink' },
        run: () => editor.chain().focus().extendMarkRange('link').unsetLink().run(),
        isEnabled: () => editor.isActive('link'),
      },
    ],
    [
      {
        name: 'insertTable',
        label: 'Chèn bảng',
        face: { icon: 'table' },
        run: () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        isEnabled: () => !inTable(),
      },
      {
        name: 'addRow',
        label: 'Thêm hàng',
        face: { text: '+ Hàng' },
        run: () => editor.chain().focus().addRowAfter().run(),
        isEnabled: () => can().addRowAfter(),
      },
      {
        name: 'addColumn',
        label: 'Thêm cột',
        face: { text: '+ Cột' },
        run: () => editor.chain().focus().addColumnAfter().run(),
        isEnabled: () => can().addColumnAfter(),
      },
      {
        name: 'deleteRow',
        label: 'Xóa hàng',
        face: { text: '− Hàng' },
        run: () => editor.chain().focus().deleteRow().run(),
        isEnabled: () => can().deleteRow(),
      },
      {
        name: 'deleteColumn',
        label: 'Xóa cột',
        face: { text: '− Cột' },
        run: () => editor.chain().focus().deleteColumn().run(),
        isEnabled: () => can().deleteColumn(),
      },
      {
        name: 'deleteTable',
        label: 'Xóa bảng',
        face: { text: 'Xóa bảng' },
        run: () => editor.chain().focus().deleteTable().run(),
        isEnabled: () => can().deleteTable(),
      },
    ],
    ...(chooseImage
      ? [[{ name: 'image', label: 'Chèn ảnh', face: { icon: 'image' }, run: chooseImage } satisfies Tool]]
      : []),
    [
      {
        name: 'undo',
        label: 'Hoàn tác',
        face: { icon: 'undo' },
        shortcut: { aria: 'Control+Z', shown: 'Ctrl+Z' },
        run: () => editor.chain().focus().undo().run(),
        isEnabled: () => can().undo(),
      },
      {
        name: 'redo',
        label: 'Làm lại',
        face: { icon: 'redo' },
        shortcut: { aria: 'Control+Shift+Z', shown: 'Ctrl+Shift+Z' },
        run: () => editor.chain().focus().redo().run(),
        isEnabled: () => can().redo(),
      },
    ],
  ];
}
