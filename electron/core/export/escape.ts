// Escaping untrusted clip text for the documents we write. A clipping is untrusted input: whatever it
// holds (<script>, <img onerror>, markdown links) must come out as the same characters, inert.

/** C0/C1 control characters other than tab and line breaks: invalid in XML, invisible in HTML. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** Lone UTF-16 surrogates: not encodable in UTF-8 or XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string | null | undefined): string {
  return stripControls(text ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** ASCII punctuation that can start Markdown syntax anywhere in a line (emphasis, links, code, tables). */
const MARKDOWN_INLINE = /[\\`*_[\]{}|~]/g;
/** Characters that start a block construct at the beginning of a line: headings, lists, quotes, rules. */
const MARKDOWN_LINE_START = /^(\s*)([#+\-=]|\d+[.)])/gm;
/** An ampersand that would start a character reference. */
const ENTITY_LIKE = /&(?=#?[0-9a-zA-Z]+;)/g;

/**
 * Text for Markdown: < and > as character references (so no HTML tag, comment or autolink can form in any
 * renderer), Markdown punctuation backslash-escaped, block markers at line starts escaped.
 */
export function escapeMarkdown(text: string | null | undefined): string {
  return stripControls(text ?? '')
    .replace(ENTITY_LIKE, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_INLINE, (c) => '\\' + c)
    .replace(MARKDOWN_LINE_START, (_m, space: string, marker: string) => space + marker.replace(/^(\d*)(.)$/, '$1\\$2'));
}

/**
 * A YAML double-quoted scalar: JSON string syntax (YAML 1.2 reads it the same), with the characters YAML
 * treats as line breaks (NEL, LS, PS) and the BOM escaped as well.
 */
export function yamlString(text: string | null | undefined): string {
  if (text === null || text === undefined) return 'null';
  return JSON.stringify(stripControls(text)).replace(/[\u0085\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
