/** JSON for a script element: "<" escaped, so no value can close the element or open a comment. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
