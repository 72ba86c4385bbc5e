// Stands in for d3-format in the browser build: see ../unreachable-modules.ts.
const unreachable = () => {
	throw new Error('d3-format is not in the browser build: format numbers with $lib/data/format (Intl)');
};
export const format = unreachable;
export const formatPrefix = unreachable;
export const formatSpecifier = unreachable;
export const precisionFixed = unreachable;
export const precisionPrefix = unreachable;
export const precisionRound = unreachable;
