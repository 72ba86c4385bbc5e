/**
 * Escaping for what the code writes into HTML, SVG and XML by hand: share cards and pages, page
 * heads, the sitemap, the map's labels, the story's rich text.
 */

/** Text or an attribute value in HTML, SVG or XML: no markup character survives. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON for a script element: "<" escaped, so no value can close the element or open a comment. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A script element around code or data built with scriptSafeJson, for `{@html}` in a page's
 * head (a Svelte file cannot hold the closing tag in its own markup).
 */
export function inlineScript(content: string, type?: 'application/ld+json'): string {
	return `<script${type ? ` type="${type}"` : ''}>${content}</script>`;
}
