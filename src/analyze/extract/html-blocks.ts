/**
 * Turns a DOM subtree into text blocks: one per paragraph, heading, list item or table row,
 * each remembering the element it came from and how much of it is link text. Walks without
 * recursion, so absurdly deep pages cannot overflow the stack.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './parse-html.js';

/** What kind of element a block's text sits in. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'preformatted' | 'caption';

export interface Block {
  text: string;
  kind: BlockKind;
  /** The nearest block-level element holding the text. */
  el: DomElement;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Inside a <blockquote>. */
  quoted: boolean;
}

/** Elements whose content is never text. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'IMG', 'BUTTON', 'SELECT', 'OPTION', 'INPUT',
  'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'DIALOG', 'MAP', 'AREA', 'PARAM',
]);

/** Elements that start and end a line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

function kindOf(tag: string): BlockKind {
  switch (tag) {
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
      return 'heading';
    case 'LI': case 'DT': case 'DD':
      return 'list-item';
    case 'TR':
      return 'table-row';
    case 'PRE':
      return 'preformatted';
    case 'FIGCAPTION': case 'CAPTION':
      return 'caption';
    default:
      return 'paragraph';
  }
}

/** ASCII whitespace only: NBSP and other Unicode spaces are text, kept as they are. */
const SPACE_RUN = /[ \t\n\r\f]+/g;

/** Collects the text blocks under `root`, in document order. */
export function collectBlocks(
  root: DomElement,
  skip?: (el: DomElement) => boolean,
  skipText?: (node: DomNode) => boolean,
): Block[] {
  const blocks: Block[] = [];
  // The open block: its element, accumulated text parts and link-character count.
  const owners: DomElement[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let quoteDepth = 0;

  const flush = (): void => {
    const owner = owners[owners.length - 1] ?? root;
    const raw = parts.join('');
    parts = [];
    const text = (preDepth > 0 ? raw.replace(/^\n+|\s+$/g, '') : raw.replace(/ *\n */g, '\n').trim()).replace(/\n{3,}/g, '\n\n');
    if (text.length > 0) {
      blocks.push({ text, kind: kindOf(owner.tagName), el: owner, linkChars: Math.min(linkChars, text.length), quoted: quoteDepth > 0 });
    }
    linkChars = 0;
  };

  // Explicit stack of enter/exit steps instead of recursion.
  type Step = { node: DomNode; exit: boolean };
  const stack: Step[] = [];
  const pushChildren = (node: DomNode): void => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, exit: false });
    }
  };
  pushChildren(root);
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if (skipText && skipText(node)) continue;
      const value = node.textContent ?? '';
      const piece = preDepth > 0 ? value.replace(/\r\n?/g, '\n') : value.replace(SPACE_RUN, ' ');
      if (piece.length > 0) {
        // Drop a space that would follow another space or start the block.
        const last = parts[parts.length - 1];
        const text = preDepth === 0 && piece.startsWith(' ') && (last === undefined || /[ \n]$/.test(last)) ? piece.slice(1) : piece;
        parts.push(text);
        if (linkDepth > 0) linkChars += text.trim().length;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    const tag = el.tagName;
    if (exit) {
      if (tag === 'A') linkDepth--;
      else if (tag === 'PRE') {
        flush();
        preDepth--;
        owners.pop();
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        if (tag === 'BLOCKQUOTE') quoteDepth--;
        owners.pop();
      } else if (CELL_TAGS.has(tag)) parts.push('\t');
      continue;
    }
    if (NON_TEXT_TAGS.has(tag) || (skip && skip(el))) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (tag === 'A') linkDepth++;
    else if (BLOCK_TAGS.has(tag) || tag === 'PRE') {
      flush();
      owners.push(el);
      if (tag === 'PRE') preDepth++;
      if (tag === 'BLOCKQUOTE') quoteDepth++;
    } else if (CELL_TAGS.has(tag)) parts.push('\t');
    stack.push({ node: el, exit: true });
    pushChildren(el);
  }
  flush();
  // Table cells were marked with tabs; keep one tab between cells and none at the ends.
  for (const b of blocks) if (b.text.includes('\t')) b.text = b.text.replace(/\s*\t[\s\t]*/g, '\t').replace(/^\t+|\t+$/g, '');
  return blocks.filter((b) => b.text.length > 0);
}

/** Joins blocks into the body text: one paragraph per block, separated by a blank line. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
