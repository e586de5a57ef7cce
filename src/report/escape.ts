/** Text for HTML or SVG content and attribute values: the five characters that could end either. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON inside a `<script type="application/json">`: `<` escaped, so no `</script>` or `<!--` in a
 * label can end the element early (JSON.parse reads `\u003c` as `<`).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
