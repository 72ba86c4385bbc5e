/**
 * Design tokens: every colour on the page, charts and map included, as its light and its dark
 * value. The stylesheet's custom properties are made from this table (`--bg` from `bg`, see
 * tooling/colour-tokens.ts), and the share cards draw with its light values: one definition for
 * both. docs/colour.md says what each is for.
 */
export const COLOURS = {
	bg: ['#fbfaf7', '#121316'],
	surface: ['#ffffff', '#1b1c20'],
	text: ['#1b1b1f', '#ececee'],
	muted: ['#54565c', '#b4b6bd'],
	rule: ['#d9d6cf', '#3a3c42'],
	accent: ['#b3261e', '#ff8a80'],
	link: ['#1d4e89', '#9cc3ff'],
	focus: ['#1d4e89', '#9cc3ff'],
	'card-bg': ['rgba(255, 255, 255, 0.97)', 'rgba(27, 28, 32, 0.97)'],
	'card-border': ['#d9d6cf', '#3a3c42'],
	'card-shadow': ['rgba(0, 0, 0, 0.12)', 'rgba(0, 0, 0, 0.5)'],
	'chart-line': ['#1d4e89', '#8ab8ff'],
	'chart-accent': ['#b3261e', '#ff8a80'],
	'chart-grid': ['rgba(27, 27, 31, 0.14)', 'rgba(236, 236, 238, 0.16)'],
	'chart-tick': ['#54565c', '#b4b6bd'],
	'chart-label': ['#1b1b1f', '#ececee'],
	// Series colours for graphics with several groups: Okabe–Ito hues (blue, vermilion, bluish green,
	// reddish purple), which stay apart under protanopia, deuteranopia and tritanopia, darkened (light
	// theme) or lightened (dark theme) to at least 5:1 against the page.
	'chart-1': ['#1d4e89', '#8ab8ff'],
	'chart-2': ['#b34700', '#ff9a5c'],
	'chart-3': ['#00795c', '#4fd1a5'],
	'chart-4': ['#a3427f', '#f09ad0'],
	'chart-neutral': ['#6b6d73', '#8e9096'],
	// The map: its sea, land, highlighted country, and the halo behind its marks and labels.
	'map-sea': ['#dde8ef', '#1d2733'],
	'map-land': ['#e2ded5', '#34363c'],
	'map-focus': ['#f0cfc9', '#623130'],
	'map-halo': ['#fbfaf7', '#121316']
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type ColourName = keyof typeof COLOURS;
