// Stands in for d3-color in the browser build: see ../unreachable-modules.ts.
const unreachable = () => {
	throw new Error(
		'd3-color is not in the browser build: scales here map numbers to numbers; colours are CSS tokens'
	);
};
export const color = unreachable;
export const rgb = unreachable;
export const hsl = unreachable;
export const lab = unreachable;
export const hcl = unreachable;
export const cubehelix = unreachable;
