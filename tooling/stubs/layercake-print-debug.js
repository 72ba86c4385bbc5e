// Stands in for LayerCake's debug printer in the browser build: see ../unreachable-modules.ts.
export default function printDebug() {
	throw new Error("LayerCake's debug printing is not in the browser build: debug charts with `npm run dev`");
}
