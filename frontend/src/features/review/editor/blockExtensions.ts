import { Extension, InputRule, mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import type { NodeViewRenderer } from '@tiptap/core';
import { segments } from './markup';

export interface BlockHooks {
  /** `{{` typed, or the toolbar's button: open the figure picker at the cursor. */
  onPick: () => void;
  /** A chip clicked, or Enter on a selected chip: edit that figure (its position in the block). */
  onEdit: (position: number, markup: string) => void;
  /** Enter in the text: a new block after this one. */
  onSplit?: () => void;
}

/** The inline atom a figure marker becomes: its markup is its only content; as text it is the marker. */
export function figureNode(chip?: NodeViewRenderer) {
  return Node.create({
    name: 'figure',
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,
    addAttributes: () => ({
      markup: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-markup') ?? '',
        renderHTML: (attributes) => ({ 'data-markup': attributes.markup }),
      },
    }),
    parseHTML: () => [{ tag: 'span[data-figure]' }],
    renderHTML: ({ HTMLAttributes, node }) =>
      ['span', mergeAttributes(HTMLAttributes, { 'data-figure': '' }), node.attrs.markup as string],
    renderText: ({ node }) => node.attrs.markup as string,
    ...(chip ? { addNodeView: () => chip } : {}),
  });
}

/** Keys, `{{` and paste: what makes a block write like a paragraph of the review. */
function blockKeys(hooks: BlockHooks) {
  return Extension.create({
    name: 'blockKeys',
    addKeyboardShortcuts() {
      return {
        Enter: ({ editor }) => {
          const { selection } = editor.state;
          if (selection instanceof NodeSelection && selection.node.type.name === 'figure') {
            hooks.onEdit(selection.from, selection.node.attrs.markup as string);
            return true;
          }
          hooks.onSplit?.();
          return true;
        },
        'Shift-Enter': () => true,
        'Mod-Shift-f': () => {
          hooks.onPick();
          return true;
        },
      };
    },
    addInputRules() {
      return [new InputRule({
        find: /\{\{$/,
        handler: ({ range, chain }) => {
          chain().deleteRange(range).run();
          hooks.onPick();
        },
      })];
    },
    addProseMirrorPlugins() {
      return [new Plugin({
        props: {
          // Only text comes in, never a word processor's formatting; markers in it become chips.
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain');
            if (text === undefined) return false;
            const { schema } = view.state;
            const nodes = segments(text.replace(/\r\n?/g, '\n')).flatMap((s) => {
              if (s.kind === 'figure') return [schema.nodes.figure!.create({ markup: s.markup })];
              return s.text ? [schema.text(s.text)] : [];
            });
            view.dispatch(view.state.tr.replaceSelectionWith(schema.nodes.paragraph!.create(null, nodes), false));
            return true;
          },
          handleDrop: (_view, event) => Boolean(event.dataTransfer?.types.includes('text/html')),
        },
      })];
    },
  });
}

/** One block: a single paragraph of text and figures, with undo. The chip's view comes from the page (Vue). */
export function blockExtensions(hooks: BlockHooks, chip?: NodeViewRenderer): AnyExtension[] {
  return [Document.extend({ content: 'paragraph' }), Paragraph, Text, UndoRedo, figureNode(chip), blockKeys(hooks)];
}
