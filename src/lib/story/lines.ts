/**
 * ArchieML's parser returns plain data with no line numbers. This scanner walks the same text
 * with the same rules for arrays and items, so every value the validator rejects can be
 * reported at its line. Items here line up one to one with the parser's output.
 */
export interface LineItem {
	/** 1-based line where the item starts (its first key, or its bullet). */
	line: number;
	/** The last line that belongs to the item. */
	endLine: number;
	keys: Record<string, number>;
	/** Keys given twice in one item: ArchieML keeps the last silently, so we report it. */
	repeated: { key: string; line: number; firstLine: number }[];
	arrays: Record<string, LineItem[]>;
}

interface Frame {
	items: LineItem[];
	/** ArchieML starts a new item in an array each time the array's first key appears again. */
	delimiter?: string;
}

const KEY_LINE = /^\s*([A-Za-z0-9_\-.]+)[ \t\r]*:/;
const ARRAY_OPEN = /^\s*\[\s*(\.?)([A-Za-z0-9_\-.]*)\s*\]/;
const BULLET = /^\s*\*\s+\S/;

function newItem(line: number): LineItem {
	return { line, endLine: line, keys: {}, repeated: [], arrays: {} };
}

export function scanLines(text: string): LineItem {
	const root = newItem(1);
	let stack: Frame[] = [];
	const lines = text.split('\n');
	let skipping = false;

	const current = (): LineItem => {
		const frame = stack[stack.length - 1];
		return frame?.items[frame.items.length - 1] ?? root;
	};

	lines.forEach((raw, i) => {
		const line = i + 1;
		const trimmed = raw.trim();
		if (/^:skip\b/i.test(trimmed)) skipping = true;
		if (/^:endskip\b/i.test(trimmed)) skipping = false;
		if (skipping) return;

		const array = ARRAY_OPEN.exec(raw);
		if (array) {
			const [, dot, name] = array;
			if (!name) {
				stack.pop();
				return;
			}
			const owner = dot ? current() : root;
			if (!dot) stack = [];
			const items: LineItem[] = [];
			owner.arrays[name!] = items;
			stack.push({ items });
			return;
		}

		const frame = stack[stack.length - 1];
		if (frame && BULLET.test(raw) && frame.delimiter === undefined) {
			frame.items.push(newItem(line));
			return;
		}

		const key = KEY_LINE.exec(raw)?.[1];
		if (!key) {
			if (trimmed) current().endLine = line;
			return;
		}
		if (frame) {
			frame.delimiter ??= key;
			if (key === frame.delimiter) frame.items.push(newItem(line));
		}
		const item = current();
		const first = item.keys[key];
		if (first !== undefined) item.repeated.push({ key, line, firstLine: first });
		else item.keys[key] = line;
		item.endLine = line;
	});
	return root;
}
