/**
 * The map's words and marks, per edition, built at build time: labels, captions, the text
 * alternative for each state and the tables, with every position already projected into map
 * units, so the page carries a few hundred numbers and no projection code.
 */
import {
	assets,
	B1_COUNT,
	B52_COUNT,
	F35_COUNT,
	FORD_AIRCRAFT,
	IWO_JIMA_PERSONNEL,
	strikes,
	strikesBySea,
	strikeTally,
	type Asset,
	type Position,
	type AssetId,
	type Sea
} from '$lib/data/deployment';
import { createFormat, type Format } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import { escapeXml } from '$lib/markup/escape';
import { sourceIn, sourceRef, type SourceId, type SourceRef } from '$lib/data/sources';
import { MAP_HEIGHT, MAP_WIDTH, project, type Point } from './projection.server';
import {
	allianceArc,
	assetPlacement,
	assetState,
	assetStates,
	fordRoute,
	frames,
	MAP_STATES,
	places,
	seaNames,
	zones,
	type SeaId,
	type MapState,
	type PlaceId,
	type Placement
} from './view';

export type LabelKind = 'country' | 'city' | 'asset' | 'zone' | 'note' | 'sea';

export interface MapLabel {
	id: string;
	/** Lines of the label, top to bottom. */
	lines: string[];
	x: number;
	y: number;
	place: Placement;
	kind: LabelKind;
	states: MapState[];
}

export interface MapDot {
	id: string;
	x: number;
	y: number;
	/** A city, a reported site, or an illustrative point inside a reported area. */
	kind: 'city' | 'site' | 'area';
	states: MapState[];
	/** States that carry it over from an earlier one, its label gone: drawn and keyed as reported earlier. */
	earlier: MapState[];
}

interface AssetWords {
	/** Short: the label of a pinned asset, or its mention among those without a position. */
	short: string;
	name: string;
	where: string;
}

function pinned<A extends Asset>(
	asset: A
): asset is A & { position: Exclude<Position, { precision: 'undisclosed' }> } {
	return asset.position.precision !== 'undisclosed';
}

function when(f: Format, iso: string): string {
	return iso.length === 7 ? f.month(iso) : f.date(iso);
}

function monthName(locale: Locale, iso: string): string {
	const tag = locale === 'es' ? 'es' : 'en-US';
	return new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 7)}-01`)
	);
}

function names(units: readonly string[], locale: Locale): string {
	const bare = units.map((u) => u.replace(/ \(.*\)$/, ''));
	return new Intl.ListFormat(locale === 'es' ? 'es' : 'en', { type: 'conjunction' }).format(bare);
}

function assetWords(locale: Locale, f: Format): Record<AssetId, AssetWords> {
	const destroyers = assets.find((a) => a.id === 'destroyers')!.units;
	const n = f.number;
	if (locale === 'es')
		return {
			p8: {
				short: 'aviones P-8',
				name: 'Aviones de patrulla P-8 Poseidon',
				where: 'el Caribe; bases y posiciones no divulgadas'
			},
			iwoJima: {
				short: 'Grupo del USS Iwo Jima',
				name: `Grupo anfibio del USS Iwo Jima, con unos ${n(IWO_JIMA_PERSONNEL)} marinos e infantes de marina`,
				where: 'sur del Caribe, entre Puerto Rico y Venezuela (zona aproximada)'
			},
			lakeErie: {
				short: 'USS Lake Erie',
				name: 'Crucero USS Lake Erie',
				where: 'cruzó el canal de Panamá hacia el sur del Caribe'
			},
			marinesAshore: {
				short: 'Marines en tierra',
				name: 'Infantes de marina de la 22.ª MEU, en maniobras en tierra',
				where: 'Camp Santiago, Salinas, Puerto Rico'
			},
			newportNews: {
				short: 'el submarino USS Newport News',
				name: 'Submarino de ataque USS Newport News',
				where: 'posición no divulgada'
			},
			minneapolis: {
				short: 'el USS Minneapolis-Saint Paul',
				name: 'Buque de combate litoral USS Minneapolis-Saint Paul',
				where: 'el Caribe; posición no divulgada'
			},
			destroyers: {
				short: `${n(destroyers.length)} destructores`,
				name: `Destructores ${names(destroyers, locale)}`,
				where: 'sur del Caribe, frente a Venezuela (zona aproximada)'
			},
			reapers: {
				short: 'Drones MQ-9',
				name: 'Drones armados MQ-9 Reaper',
				where: 'aeropuerto Rafael Hernández, Aguadilla, Puerto Rico'
			},
			f35: {
				short: `${n(F35_COUNT)} F-35B`,
				name: `${n(F35_COUNT)} cazas F-35B`,
				where:
					'antigua base Roosevelt Roads, Ceiba, Puerto Rico (otro informe los situó en la base Muñiz, San Juan)'
			},
			b52: {
				short: 'Vuelos B-52',
				name: `${n(B52_COUNT)} bombarderos B-52H en una demostración de ataque, con F-35B`,
				where: 'una órbita al norte de Caracas (zona aproximada)'
			},
			b1: {
				short: `${n(B1_COUNT)} bombarderos B-1B`,
				name: `${n(B1_COUNT)} bombarderos B-1B`,
				where: 'frente a Venezuela, en espacio aéreo internacional; posición no divulgada'
			},
			portOfSpain: {
				short: 'USS Gravely',
				name: 'El USS Gravely e infantes de marina de la 22.ª MEU visitan Trinidad y Tobago',
				where: 'Puerto España, hasta el 30 de octubre'
			},
			ford: {
				short: 'USS Gerald R. Ford',
				name: `Grupo de ataque del portaaviones Gerald R. Ford, con unas ${n(FORD_AIRCRAFT)} aeronaves`,
				where: 'entró al Caribe por el paso de Anegada; su posición posterior no es pública'
			}
		};
	return {
		p8: {
			short: 'P-8 patrol planes',
			name: 'P-8 Poseidon patrol aircraft',
			where: 'the Caribbean; bases and positions not disclosed'
		},
		iwoJima: {
			short: 'USS Iwo Jima group',
			name: `Amphibious group led by the USS Iwo Jima, with about ${n(IWO_JIMA_PERSONNEL)} sailors and Marines`,
			where: 'southern Caribbean, between Puerto Rico and Venezuela (approximate area)'
		},
		lakeErie: {
			short: 'USS Lake Erie',
			name: 'Cruiser USS Lake Erie',
			where: 'through the Panama Canal, bound for the southern Caribbean'
		},
		marinesAshore: {
			short: 'Marines ashore',
			name: 'Marines of the 22nd MEU, training ashore',
			where: 'Camp Santiago, Salinas, Puerto Rico'
		},
		newportNews: {
			short: 'the submarine USS Newport News',
			name: 'Attack submarine USS Newport News',
			where: 'position not disclosed'
		},
		minneapolis: {
			short: 'USS Minneapolis-Saint Paul',
			name: 'Littoral combat ship USS Minneapolis-Saint Paul',
			where: 'the Caribbean; position not disclosed'
		},
		destroyers: {
			short: `${n(destroyers.length)} destroyers`,
			name: `Destroyers ${names(destroyers, locale)}`,
			where: 'southern Caribbean, off Venezuela (approximate area)'
		},
		reapers: {
			short: 'MQ-9 Reapers',
			name: 'Armed MQ-9 Reaper drones',
			where: 'Rafael Hernández Airport, Aguadilla, Puerto Rico'
		},
		f35: {
			short: `${n(F35_COUNT)} F-35B`,
			name: `${n(F35_COUNT)} F-35B jets`,
			where:
				'former Roosevelt Roads base, Ceiba, Puerto Rico (one report placed them at Muñiz base, San Juan)'
		},
		b52: {
			short: 'B-52 flights',
			name: `${n(B52_COUNT)} B-52H bombers in an attack demonstration, with F-35Bs`,
			where: 'an orbit north of Caracas (approximate area)'
		},
		b1: {
			short: `${n(B1_COUNT)} B-1B bombers`,
			name: `${n(B1_COUNT)} B-1B bombers`,
			where: 'off Venezuela, in international airspace; position not disclosed'
		},
		portOfSpain: {
			short: 'USS Gravely in port',
			name: 'USS Gravely and Marines of the 22nd MEU visit Trinidad and Tobago',
			where: 'Port of Spain, until October 30'
		},
		ford: {
			short: 'USS Gerald R. Ford',
			name: `Gerald R. Ford carrier strike group, with some ${n(FORD_AIRCRAFT)} aircraft`,
			where: 'entered the Caribbean through the Anegada Passage; its position since is not public'
		}
	};
}

const placeNames: Record<Locale, Record<PlaceId, string>> = {
	en: {
		venezuela: 'VENEZUELA',
		caracas: 'Caracas',
		colombia: 'COLOMBIA',
		cuba: 'CUBA',
		havana: 'Havana',
		puertoRico: 'Puerto Rico (U.S.)',
		trinidad: 'Trinidad and\nTobago',
		florida: 'FLORIDA'
	},
	es: {
		venezuela: 'VENEZUELA',
		caracas: 'Caracas',
		colombia: 'COLOMBIA',
		cuba: 'CUBA',
		havana: 'La Habana',
		// Two lines: the Spanish name runs longer, and on one line it would reach Cuba's on a phone.
		puertoRico: 'Puerto Rico\n(EE. UU.)',
		trinidad: 'Trinidad y\nTobago',
		florida: 'FLORIDA'
	}
};

function box(state: MapState): [number, number, number, number] {
	const { west, south, east, north } = frames[state];
	const [x0, y0] = project([west, north]);
	const [x1, y1] = project([east, south]);
	return [x0, y0, x1, y1];
}

/** Strikes 11, 12 and 13 as "11–13". */
function numberRange(f: Format, numbers: readonly number[]): string {
	const first = f.number(numbers[0]!);
	const last = f.number(numbers[numbers.length - 1]!);
	return first === last ? first : `${first}–${last}`;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Kilometres per map unit at 15° N, the middle of what the map shows: its scale bar's measure. */
function kmPerUnit(): number {
	const [x0] = project([-70, 15]);
	const [x1] = project([-69, 15]);
	return (111.32 * Math.cos((15 * Math.PI) / 180)) / (x1 - x0);
}

/**
 * A list as phrases that never break inside: each item with the comma after it, "and" with the
 * item it introduces. The legend wraps between phrases only.
 */
function listPhrases(locale: Locale, items: string[]): string[] {
	const phrases: string[] = [];
	let lead = '';
	for (const part of new Intl.ListFormat(locale === 'es' ? 'es' : 'en', {
		type: 'conjunction'
	}).formatToParts(items)) {
		if (part.type === 'element') {
			phrases.push(lead + part.value);
			lead = '';
			continue;
		}
		const [, stop = '', words = ''] = /^([,;]?)\s*(.*)$/.exec(part.value)!;
		phrases[phrases.length - 1] += stop;
		lead = words ? `${words.trim()} ` : '';
	}
	return phrases;
}

/** A quadratic arc from a to b, its control point pushed sideways by `bow` of the distance. */
function arcPath(a: Point, b: Point, bow: number): { d: string; middle: Point } {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	// Along (-dy, dx): for Havana to Caracas, that bows the arc south-west, over the open sea.
	const c: Point = [round((a[0] + b[0]) / 2 - dy * bow), round((a[1] + b[1]) / 2 + dx * bow)];
	const middle: Point = [round((a[0] + 2 * c[0] + b[0]) / 4), round((a[1] + 2 * c[1] + b[1]) / 4)];
	return { d: `M${a.join(' ')}Q${c.join(' ')} ${b.join(' ')}`, middle };
}

export function mapText(locale: Locale) {
	const f = createFormat(locale);
	const es = locale === 'es';
	const words = assetWords(locale, f);
	const placeName = placeNames[locale];
	const seas: Record<Sea, string> = es
		? { caribbean: 'Caribe', pacific: 'Pacífico oriental' }
		: { caribbean: 'Caribbean', pacific: 'Eastern Pacific' };
	/** The oceans' names in two lines, narrow enough for a phone's map. */
	const waters: Record<SeaId, string[]> = es
		? { caribbean: ['Mar Caribe'], atlantic: ['Océano', 'Atlántico'], pacific: ['Océano', 'Pacífico'] }
		: { caribbean: ['Caribbean Sea'], atlantic: ['Atlantic', 'Ocean'], pacific: ['Pacific', 'Ocean'] };
	/** A zone's count, in lines: the Spanish words run longer, so they take two to stay inside a phone's map. */
	const tally = (sea: Sea): string[] => {
		const t = strikesBySea(sea);
		return es
			? [`${f.number(t.strikes)} ataques`, `${f.number(t.killed)} muertos`]
			: [`${f.number(t.strikes)} strikes · ${f.number(t.killed)} dead`];
	};

	const labels: MapLabel[] = [];
	const dots: MapDot[] = [];
	for (const [id, p] of Object.entries(places) as [PlaceId, (typeof places)[PlaceId]][]) {
		const [x, y] = project([p.lon, p.lat]);
		const states = [...p.states];
		labels.push({
			id,
			lines: placeName[id].split('\n'),
			x,
			y,
			place: p.place,
			kind: p.dot ? 'city' : 'country',
			states
		});
		if (p.dot) dots.push({ id, x, y, kind: 'city', states, earlier: [] });
	}
	for (const water of seaNames) {
		const [x, y] = project([water.lon, water.lat]);
		const states = [...water.states];
		labels.push({
			id: `sea-${water.id}`,
			lines: waters[water.sea],
			x,
			y,
			place: 'center',
			kind: 'sea',
			states
		});
	}
	for (const asset of assets.filter(pinned)) {
		const [x, y] = project([asset.position.lon, asset.position.lat]);
		const state = assetState(asset.date);
		const states = assetStates(asset);
		dots.push({
			id: asset.id,
			x,
			y,
			kind: asset.position.precision,
			states,
			earlier: states.filter((s) => s !== state)
		});
		const label = words[asset.id].short;
		labels.push({
			id: asset.id,
			lines: [label],
			x,
			y,
			place: assetPlacement[asset.id] ?? 'right',
			kind: 'asset',
			states: [state]
		});
	}
	const zoneMarks = (Object.keys(zones) as Sea[]).map((sea) => {
		const z = zones[sea];
		const [cx, cy] = project([z.lon, z.lat]);
		const [ex] = project([z.lon + z.rx, z.lat]);
		const [, ny] = project([z.lon, z.lat + z.ry]);
		labels.push({
			id: `zone-${sea}`,
			lines: [seas[sea], ...tally(sea)],
			x: cx,
			y: cy,
			place: 'center',
			kind: 'zone',
			states: ['strikes']
		});
		return { sea, cx, cy, rx: round(ex - cx), ry: round(cy - ny), states: ['strikes'] as MapState[] };
	});

	const route = fordRoute.map((p) => project(p));
	const [tailX, tailY] = route[route.length - 2]!;
	const [headX, headY] = route[route.length - 1]!;
	const routeMark = {
		d: `M${route.map((p) => p.join(' ')).join('L')}`,
		head: { x: headX, y: headY, angle: round((Math.atan2(headY - tailY, headX - tailX) * 180) / Math.PI) },
		states: ['carrier'] as MapState[]
	};
	labels.push({
		id: 'anegada',
		lines: es ? ['Paso de', 'Anegada'] : ['Anegada', 'Passage'],
		x: route[1]![0],
		y: route[1]![1],
		place: 'right',
		kind: 'note',
		states: ['carrier']
	});

	const havana = places[allianceArc.from];
	const caracas = places[allianceArc.to];
	const arc = arcPath(
		project([havana.lon, havana.lat]),
		project([caracas.lon, caracas.lat]),
		allianceArc.bow
	);
	labels.push({
		id: 'alliance',
		lines: es
			? ['Guardaespaldas y agentes', 'de inteligencia cubanos']
			: ['Cuban bodyguards and', 'intelligence officers'],
		x: arc.middle[0],
		y: arc.middle[1],
		place: 'right',
		kind: 'note',
		states: ['cuba']
	});

	const byState = (state: MapState) => assets.filter((a) => assetState(a.date) === state);
	const dated = (a: (typeof assets)[number]) =>
		`${words[a.id].name}: ${when(f, a.date)}, ${words[a.id].where}. ${es ? 'Fuente' : 'Source'}: ${a.reportedBy}.`;
	/** The assets a state cannot pin, as phrases: "No public position:", then one per asset. */
	const undisclosed = (state: MapState): string[] => {
		const hidden = byState(state).filter((a) => !pinned(a));
		if (hidden.length === 0) return [];
		const list = listPhrases(
			locale,
			hidden.map((a) => words[a.id].short)
		);
		list[list.length - 1] += '.';
		return [es ? 'Sin posición pública:' : 'No public position:', ...list];
	};
	const build = byState('buildup');
	const late = byState('carrier');
	const period = (list: typeof assets) =>
		`${monthName(locale, list[0]!.date)}–${f.month(list[list.length - 1]!.date.slice(0, 7))}`;
	const total = es
		? `${f.number(strikeTally.strikes)} ataques y ${f.number(strikeTally.killed)} muertos hasta el ${f.date(strikeTally.asOf)}`
		: `${f.number(strikeTally.strikes)} strikes and ${f.number(strikeTally.killed)} dead as of ${f.date(strikeTally.asOf)}`;
	const seaLine = (sea: Sea) => {
		const t = strikesBySea(sea);
		return es
			? `${seas[sea]}: ${f.number(t.strikes)} ataques anunciados desde el ${f.date(t.first)}, ${f.number(t.killed)} muertos.`
			: `${seas[sea]}: ${f.number(t.strikes)} strikes announced since ${f.date(t.first)}, ${f.number(t.killed)} dead.`;
	};

	const stateSources: Record<MapState, SourceId[]> = {
		region: ['naturalEarth'],
		buildup: ['iwoJimaGroup', 'lakeErie', 'f35PuertoRico', 'deploymentReports'],
		strikes: ['strikeTally'],
		carrier: ['bomberFlights', 'b1Flights', 'portOfSpain', 'southcom', 'fordCaribbean'],
		cuba: ['nyt']
	};
	const en = {
		captions: {
			region: 'Venezuela, on the Caribbean’s southern shore',
			buildup: `${period(build)}: ships, jets and drones arrive`,
			strikes: `Boat strikes: ${total}`,
			carrier: `${period(late)}: bombers, then the carrier`,
			cuba: 'Cuba, a key ally of Maduro'
		},
		describe: {
			region: {
				lead: 'Map of the Caribbean. Venezuela, highlighted, lines its southern shore, with Caracas on the coast and Colombia to the west. Trinidad and Tobago lies just off its eastern tip; Puerto Rico, a U.S. territory, sits across the sea to the north, and Florida beyond Cuba to the north-west.',
				items: []
			},
			buildup: {
				lead: `Map of U.S. forces reported in the region, ${period(build)}. Positions are approximate.`,
				items: build.map(dated)
			},
			strikes: {
				lead: `Map of the two seas where the United States announced strikes on boats it said carried drugs: ${total}. No coordinates were released, so the map shows sea areas.`,
				items: [seaLine('caribbean'), seaLine('pacific')]
			},
			carrier: {
				lead: `Map of U.S. forces added, ${period(late)}. The Ford group’s route runs from the Atlantic through the Anegada Passage, east of Puerto Rico, into the Caribbean.`,
				items: late.map(dated)
			},
			cuba: {
				lead: 'Map with an arc from Havana to Caracas: Cuba supplies Maduro with bodyguards and counterintelligence officers, according to people close to his government. The arc marks the alliance, not a route.',
				items: []
			}
		} satisfies Record<MapState, { lead: string; items: string[] }>,
		sourceLead: 'Source:',
		tableCaption: 'U.S. forces reported in the region, August to November 2025',
		tableHeads: ['Asset', 'In the region from', 'Where', 'Position', 'Reported by'],
		precision: { site: 'Reported site', area: 'Approximate area', undisclosed: 'Not disclosed' },
		strikeSummary: 'The strikes on boats, one by one',
		strikeCaption: `Announced strikes on boats, ${total}`,
		strikeHeads: ['Strike', 'Date', 'Sea', 'Killed']
	};
	const esText: typeof en = {
		captions: {
			region: 'Venezuela, en la costa sur del Caribe',
			buildup: `${period(build)}: llegan barcos, cazas y drones`,
			// Two lines on a phone, like the English (the map keeps the room of its longest caption): a short date.
			strikes: `${f.number(strikeTally.strikes)} ataques a lanchas y ${f.number(strikeTally.killed)} muertos al ${new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${strikeTally.asOf}T00:00:00Z`))}`,
			carrier: `${period(late)}: bombarderos y portaaviones`,
			cuba: 'Cuba, un aliado clave de Maduro'
		},
		describe: {
			region: {
				lead: 'Mapa del Caribe. Venezuela, resaltada, ocupa su costa sur, con Caracas junto al mar y Colombia al oeste. Trinidad y Tobago queda frente a su extremo oriental; Puerto Rico, territorio de EE. UU., al otro lado del mar hacia el norte, y Florida más allá de Cuba, al noroeste.',
				items: []
			},
			buildup: {
				lead: `Mapa de las fuerzas de EE. UU. informadas en la región, ${period(build)}. Posiciones aproximadas.`,
				items: build.map(dated)
			},
			strikes: {
				lead: `Mapa de los dos mares donde EE. UU. anunció ataques a lanchas que, según Washington, llevaban drogas: ${total}. No se publicaron coordenadas, así que el mapa muestra zonas.`,
				items: [seaLine('caribbean'), seaLine('pacific')]
			},
			carrier: {
				lead: `Mapa de las fuerzas de EE. UU. añadidas, ${period(late)}. La ruta del grupo del Ford va del Atlántico al Caribe por el paso de Anegada, al este de Puerto Rico.`,
				items: late.map(dated)
			},
			cuba: {
				lead: 'Mapa con un arco de La Habana a Caracas: Cuba aporta a Maduro guardaespaldas y oficiales de contrainteligencia, según personas cercanas a su gobierno. El arco marca la alianza, no una ruta.',
				items: []
			}
		},
		sourceLead: 'Fuente:',
		tableCaption: 'Fuerzas de EE. UU. informadas en la región, de agosto a noviembre de 2025',
		tableHeads: ['Medio', 'En la región desde', 'Dónde', 'Posición', 'Informado por'],
		precision: { site: 'Lugar informado', area: 'Zona aproximada', undisclosed: 'No divulgada' },
		strikeSummary: 'Los ataques a lanchas, uno por uno',
		strikeCaption: `Ataques anunciados a lanchas, ${total}`,
		strikeHeads: ['Ataque', 'Fecha', 'Mar', 'Muertos']
	};
	const words2 = es ? esText : en;
	// The legend's words, in phrases: it wraps between them, never inside one. They reach the
	// page only inside the legend's HTML.
	const legendWords = es
		? {
				legend: {
					site: ['Lugar informado'],
					area: ['Zona aproximada', '(punto ilustrativo)'],
					earlier: ['Informado antes', '(ver arriba)'],
					zone: ['Mar donde se anunciaron ataques', '(sin coordenadas publicadas)']
				},
				precisionNote: [
					'Posiciones aproximadas,',
					'según informes públicos:',
					'los barcos rara vez revelan la suya.',
					'La ruta del portaaviones es ilustrativa.'
				]
			}
		: {
				legend: {
					site: ['Reported site'],
					area: ['Approximate area', '(illustrative point)'],
					earlier: ['Reported earlier', '(see above)'],
					zone: ['Sea where strikes were announced', '(no coordinates released)']
				},
				precisionNote: [
					'Positions are approximate,',
					'from public reports;',
					'ships rarely disclose theirs.',
					'The carrier’s route is illustrative.'
				]
			};

	/** Phrases that never break inside: the legend and notes wrap between them only. */
	const phrases = (list: readonly string[]) =>
		list.map((p) => `<span class="phrase">${escapeXml(p)}</span>`).join(' ');
	/**
	 * A state's keys and notes, as HTML built here so the page carries no code for them: a key
	 * for each kind of mark the state shows, then the notes on lines of their own.
	 */
	const legendHtml = (state: MapState): string => {
		const shown = dots.filter((d) => d.states.includes(state));
		const now = shown.filter((d) => !d.earlier.includes(state));
		const keys = [
			[now.some((d) => d.kind === 'site'), 'site', '<circle class="key-site" r="4"/>', '-5 -5 10 10'],
			[
				now.some((d) => d.kind === 'area'),
				'area',
				'<circle class="key-ring" r="8.5"/><circle class="key-site" r="3.5"/>',
				'-10 -10 20 20'
			],
			[
				shown.some((d) => d.earlier.includes(state)),
				'earlier',
				'<circle class="key-earlier" r="4"/>',
				'-5 -5 10 10'
			],
			[
				zoneMarks.some((z) => z.states.includes(state)),
				'zone',
				'<ellipse class="key-zone" rx="9" ry="5"/>',
				'-10 -6 20 12'
			]
		] as const;
		const swatches = keys
			.filter(([on]) => on)
			.map(
				([, kind, mark, box]) =>
					`<span class="key" data-key="${kind}"><svg viewBox="${box}">${mark}</svg>${phrases(legendWords.legend[kind])}</span>`
			)
			.join('');
		return (
			`<p class="keys" aria-hidden="true">${swatches}</p>` +
			`<p class="note">${phrases([...legendWords.precisionNote, ...undisclosed(state)])}</p>`
		);
	};
	return {
		...words2,
		size: { width: MAP_WIDTH, height: MAP_HEIGHT },
		frames: Object.fromEntries(MAP_STATES.map((s) => [s, box(s)])) as Record<
			MapState,
			[number, number, number, number]
		>,
		labels,
		dots,
		zones: zoneMarks,
		route: routeMark,
		arc: { d: arc.d, states: ['cuba'] as MapState[] },
		kmPerUnit: round(kmPerUnit() * 1000) / 1000,
		legend: Object.fromEntries(MAP_STATES.map((s) => [s, legendHtml(s)])) as Record<MapState, string>,
		sources: Object.fromEntries(
			MAP_STATES.map((s) => [s, stateSources[s].map((id): SourceRef => sourceRef(id, locale))])
		) as Record<MapState, SourceRef[]>,
		rows: assets.map((a: Asset & { id: AssetId }) => [
			words[a.id].name,
			a.until ? `${when(f, a.date)} – ${f.date(a.until)}` : when(f, a.date),
			words[a.id].where,
			words2.precision[a.position.precision],
			`${a.reportedBy} (${a.sources.map((id) => sourceIn(id, locale).publisher).join('; ')})`
		]),
		strikeRows: strikes.map((s) => [
			numberRange(f, s.numbers),
			f.date(s.date),
			seas[s.sea],
			'presumedDead' in s
				? `${f.number(s.killed)} + ${f.number(s.presumedDead)} ${es ? 'presunto' : 'presumed dead'}`
				: 'singleReport' in s
					? es
						? `${f.number(s.killed)}, según un solo reporte`
						: `reportedly ${f.number(s.killed)} (one report)`
					: f.number(s.killed)
		])
	};
}

export type MapText = ReturnType<typeof mapText>;
