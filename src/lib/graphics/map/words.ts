/**
 * The map's words, one set per edition, put together with its marks (marks.ts) at build time:
 * labels, captions, the legend, the text alternative for each state and the tables. Each
 * edition's words are written once, in MAP_WORDS; words that quote data are functions of the
 * format and the data, so every figure and date is formatted the edition's way.
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
	type AssetId,
	type Position,
	type Sea,
	type SeaTally
} from '$lib/data/deployment';
import { createFormat, type Format } from '$lib/data/format';
import { sourceIn, sourceRef, type SourceRef } from '$lib/data/sources';
import type { Locale } from '$lib/i18n/editions';
import { escapeXml } from '$lib/markup/escape';
import {
	assetsIn,
	keySwatches,
	mapMarks,
	pinned,
	stateSources,
	type LabelSubject,
	type LegendKey,
	type MapLabel,
	type NoteId
} from './marks';
import { MAP_STATES, type MapState, type PlaceId, type SeaId } from './view';

interface AssetWords {
	/** Short: the label of a pinned asset, or its mention among those without a position. */
	short: string;
	name: string;
	where: string;
}

/** The counts and names the assets' words quote. */
interface AssetFigures {
	personnel: number;
	destroyers: readonly string[];
	f35: number;
	b52: number;
	b1: number;
	aircraft: number;
	/** An asset's first reported day, "Aug 29", and the days its position held, "Oct 26 – 30". */
	day(id: AssetId): string;
	span(id: AssetId): string;
}

type StrikeTally = typeof strikeTally;

/** What the captions and text alternatives quote, already formatted. */
interface StateFigures {
	/** The months of the build-up and of the carrier's arrival: "August–September 2025". */
	buildup: string;
	carrier: string;
	/** The strikes so far: "21 strikes and 83 dead as of November 16, 2025". */
	total: string;
}

export interface MapWords {
	/** Place names, a line break where the label breaks. */
	places: Record<PlaceId, string>;
	/** The oceans' names in lines, narrow enough for a phone's map. */
	waters: Record<SeaId, string[]>;
	seas: Record<Sea, string>;
	notes: Record<NoteId, string[]>;
	assets(f: Format, d: AssetFigures): Record<AssetId, AssetWords>;
	/** A zone's count, in lines. */
	zoneTally(f: Format, t: SeaTally): string[];
	total(f: Format, t: StrikeTally): string;
	captions(f: Format, d: StateFigures, t: StrikeTally): Record<MapState, string>;
	/** Each state's text alternative, before the list of its items. */
	leads(d: StateFigures): Record<MapState, string>;
	seaLine(f: Format, sea: string, t: SeaTally): string;
	sourceLead: string;
	tableCaption: string;
	tableHeads: string[];
	precision: Record<Position['precision'], string>;
	strikeSummary: string;
	strikeCaption(total: string): string;
	strikeHeads: string[];
	/** A strike's dead, with survivors presumed dead. */
	presumedDead(f: Format, killed: number, presumed: number): string;
	/** A strike's dead, from a single report. */
	oneReport(f: Format, killed: number): string;
	/** Heads the assets a state cannot pin. */
	noPosition: string;
	/** The legend's keys, in phrases: it wraps between them, never inside one. */
	legend: Record<LegendKey, string[]>;
	/** The lines a share card keys besides the legend's: the carrier's route and the alliance arc. */
	lineKeys: { route: string; arc: string };
	precisionNote: string[];
}

/** A list as "a, b and c", in the edition's way. */
function list(f: Format, items: readonly string[]): string {
	return new Intl.ListFormat(f.tag, { type: 'conjunction' }).format(items);
}

/** Ship names without their hull numbers. */
function names(f: Format, units: readonly string[]): string {
	return list(
		f,
		units.map((u) => u.replace(/ \(.*\)$/, ''))
	);
}

const MAP_WORDS: Record<Locale, MapWords> = {
	en: {
		places: {
			venezuela: 'VENEZUELA',
			caracas: 'Caracas',
			colombia: 'COLOMBIA',
			cuba: 'CUBA',
			havana: 'Havana',
			puertoRico: 'Puerto Rico (U.S.)',
			trinidad: 'Trinidad and\nTobago',
			florida: 'FLORIDA'
		},
		waters: { caribbean: ['Caribbean Sea'], atlantic: ['Atlantic', 'Ocean'], pacific: ['Pacific', 'Ocean'] },
		seas: { caribbean: 'Caribbean', pacific: 'Eastern Pacific' },
		notes: { anegada: ['Anegada', 'Passage'], alliance: ['More Cuban bodyguards,', 'one source says'] },
		assets: (f, d) => ({
			p8: {
				short: 'P-8 patrol planes',
				name: 'P-8 Poseidon patrol aircraft',
				where: 'the Caribbean; bases and positions not disclosed'
			},
			iwoJima: {
				short: 'USS Iwo Jima group',
				name: `Amphibious group led by the USS Iwo Jima, with more than ${f.number(d.personnel)} sailors and Marines`,
				where: 'southern Caribbean, between Puerto Rico and Venezuela (approximate area)'
			},
			lakeErie: {
				// Two lines no wider than the name: a phone's map has no room east of the canal.
				short: `USS Lake Erie:\ncanal, ${d.day('lakeErie')}`,
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
				short: `${f.number(d.destroyers.length)} destroyers`,
				name: `Destroyers ${names(f, d.destroyers)}`,
				where: 'southern Caribbean, off Venezuela (approximate area)'
			},
			reapers: {
				short: 'MQ-9 Reapers',
				name: 'Armed MQ-9 Reaper drones',
				where: 'Rafael Hernández Airport, Aguadilla, Puerto Rico'
			},
			f35: {
				short: `${f.number(d.f35)} F-35B`,
				name: `${f.number(d.f35)} F-35B jets`,
				where:
					'north-eastern Puerto Rico: reports disagree between the former Roosevelt Roads base, Ceiba, and Muñiz base, San Juan (approximate area)'
			},
			b52: {
				short: `${f.number(d.b52)} B-52s, ${d.day('b52')}`,
				name: `${f.number(d.b52)} B-52H bombers, per flight-tracking data, in an attack demonstration with F-35Bs`,
				where: 'an orbit north of Caracas (approximate area)'
			},
			b1: {
				short: `${f.number(d.b1)} B-1B bombers`,
				name: `${f.number(d.b1)} B-1B bombers`,
				where: 'off Venezuela, in international airspace; position not disclosed'
			},
			portOfSpain: {
				short: `USS Gravely in port\n${d.span('portOfSpain')}`,
				name: 'USS Gravely and Marines of the 22nd MEU visit Trinidad and Tobago',
				where: 'Port of Spain, until October 30'
			},
			ford: {
				short: `USS Gerald R. Ford\nentered ${d.day('ford')}`,
				name: `Gerald R. Ford carrier strike group, with some ${f.number(d.aircraft)} aircraft`,
				where: 'entered the Caribbean through the Anegada Passage; its position since is not public'
			}
		}),
		zoneTally: (f, t) => [`${f.number(t.strikes)} strikes · ${f.number(t.killed)} dead`],
		total: (f, t) => `${f.number(t.strikes)} strikes and ${f.number(t.killed)} dead as of ${f.date(t.asOf)}`,
		captions: (_f, d) => ({
			region: 'Venezuela, on the Caribbean’s southern shore',
			buildup: `${d.buildup}: ships, jets and drones arrive`,
			strikes: `Boat strikes: ${d.total}`,
			carrier: `${d.carrier}: bombers, then the carrier`,
			cuba: 'Cuba, a key ally of Maduro'
		}),
		leads: (d) => ({
			region:
				'Map of the Caribbean. Venezuela, highlighted, lines its southern shore, with Caracas on the coast and Colombia to the west. Trinidad and Tobago lies just off its eastern tip; Puerto Rico, a U.S. territory, sits across the sea to the north, and Florida beyond Cuba to the north-west.',
			buildup: `Map of U.S. forces reported in the region, ${d.buildup}. Positions are approximate.`,
			strikes: `Map of the two seas where the United States announced strikes on boats it said carried drugs: ${d.total}. No coordinates were released, so the map shows sea areas.`,
			carrier: `Map of U.S. forces added, ${d.carrier}. The Ford group’s route runs from the Atlantic through the Anegada Passage, east of Puerto Rico, into the Caribbean.`,
			cuba: 'Map with an arc from Havana to Caracas: Maduro has given Cuban bodyguards and counterintelligence officers a larger part in his protection, according to one person close to his government. The arc marks the alliance, not a route.'
		}),
		seaLine: (f, sea, t) =>
			`${sea}: ${f.number(t.strikes)} strikes announced since ${f.date(t.first)}, ${f.number(t.killed)} dead.`,
		sourceLead: 'Source:',
		tableCaption: 'U.S. forces reported in the region, August to November 2025',
		tableHeads: ['Asset', 'In the region from', 'Where', 'Position', 'Reported by'],
		precision: { site: 'Reported site', area: 'Approximate area', undisclosed: 'Not disclosed' },
		strikeSummary: 'The strikes on boats, one by one',
		strikeCaption: (total) => `Announced strikes on boats, ${total}`,
		strikeHeads: ['Strike', 'Date', 'Sea', 'Killed'],
		presumedDead: (f, killed, presumed) => `${f.number(killed)} + ${f.number(presumed)} presumed dead`,
		oneReport: (f, killed) => `reportedly ${f.number(killed)} (one report)`,
		noPosition: 'No public position:',
		legend: {
			site: ['Reported site'],
			area: ['Approximate area', '(illustrative point)'],
			earlier: ['Reported earlier', '(see above)'],
			zone: ['Sea where strikes were announced', '(no coordinates released)']
		},
		lineKeys: { route: 'Carrier’s route (illustrative)', arc: 'Alliance, not a route' },
		precisionNote: [
			'Positions are approximate,',
			'from public reports;',
			'ships rarely disclose theirs.',
			'The carrier’s route is illustrative.'
		]
	},
	es: {
		places: {
			venezuela: 'VENEZUELA',
			caracas: 'Caracas',
			colombia: 'COLOMBIA',
			cuba: 'CUBA',
			havana: 'La Habana',
			// Two lines: the Spanish name runs longer, and on one line it would reach Cuba's on a phone.
			puertoRico: 'Puerto Rico\n(EE. UU.)',
			trinidad: 'Trinidad y\nTobago',
			florida: 'FLORIDA'
		},
		waters: { caribbean: ['Mar Caribe'], atlantic: ['Océano', 'Atlántico'], pacific: ['Océano', 'Pacífico'] },
		seas: { caribbean: 'Caribe', pacific: 'Pacífico oriental' },
		notes: {
			anegada: ['Paso de', 'Anegada'],
			alliance: ['Más escoltas cubanos,', 'según una fuente']
		},
		assets: (f, d) => ({
			p8: {
				short: 'aviones P-8',
				name: 'Aviones de patrulla P-8 Poseidon',
				where: 'el Caribe; bases y posiciones no divulgadas'
			},
			iwoJima: {
				short: 'Grupo del USS Iwo Jima',
				name: `Grupo anfibio del USS Iwo Jima, con más de ${f.number(d.personnel)} marineros e infantes de marina`,
				where: 'sur del Caribe, entre Puerto Rico y Venezuela (zona aproximada)'
			},
			lakeErie: {
				short: `USS Lake Erie:\ncanal, ${d.day('lakeErie')}`,
				name: 'Crucero USS Lake Erie',
				where: 'cruzó el canal de Panamá hacia el sur del Caribe'
			},
			marinesAshore: {
				// One line: a second would run into the Iwo Jima group's label on a 320 px map.
				short: 'Infantes de marina',
				name: 'Infantes de marina de la 22.ª Unidad Expedicionaria de Marines (22.ª MEU), en maniobras en tierra',
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
				short: `${f.number(d.destroyers.length)} destructores`,
				name: `Destructores ${names(f, d.destroyers)}`,
				where: 'sur del Caribe, frente a Venezuela (zona aproximada)'
			},
			reapers: {
				short: 'Drones MQ-9',
				name: 'Drones armados MQ-9 Reaper',
				where: 'aeropuerto Rafael Hernández, Aguadilla, Puerto Rico'
			},
			f35: {
				short: `${f.number(d.f35)} F-35B`,
				name: `${f.number(d.f35)} cazas F-35B`,
				where:
					'noreste de Puerto Rico: los informes discrepan entre la antigua base Roosevelt Roads, en Ceiba, y la base Muñiz, en San Juan (zona aproximada)'
			},
			b52: {
				short: `${f.number(d.b52)} B-52, ${d.day('b52')}`,
				name: `${f.number(d.b52)} bombarderos B-52H, según datos de seguimiento de vuelos, en una demostración de ataque con F-35B`,
				where: 'una órbita al norte de Caracas (zona aproximada)'
			},
			b1: {
				short: `${f.number(d.b1)} bombarderos B-1B`,
				name: `${f.number(d.b1)} bombarderos B-1B`,
				where: 'frente a Venezuela, en espacio aéreo internacional; posición no divulgada'
			},
			portOfSpain: {
				short: `USS Gravely en puerto\n${d.span('portOfSpain')}`,
				name: 'El USS Gravely e infantes de marina de la 22.ª MEU visitan Trinidad y Tobago',
				where: 'Puerto España, hasta el 30 de octubre'
			},
			ford: {
				short: `USS Gerald R. Ford\nentró el ${d.day('ford')}`,
				name: `Grupo de ataque del portaaviones Gerald R. Ford, con unas ${f.number(d.aircraft)} aeronaves`,
				where: 'entró al Caribe por el paso de Anegada; su posición posterior no es pública'
			}
		}),
		// Two lines: the Spanish words run longer, and on one they would leave a phone's map.
		zoneTally: (f, t) => [`${f.number(t.strikes)} ataques`, `${f.number(t.killed)} muertos`],
		total: (f, t) =>
			`${f.number(t.strikes)} ataques y ${f.number(t.killed)} muertos hasta el ${f.date(t.asOf)}`,
		captions: (f, d, t) => ({
			region: 'Venezuela, en la costa sur del Caribe',
			buildup: `${d.buildup}: llegan barcos, cazas y drones`,
			// Two lines on a phone, like the English (the map keeps the room of its longest caption): a short date.
			strikes: `${f.number(t.strikes)} ataques a lanchas y ${f.number(t.killed)} muertos al ${new Intl.DateTimeFormat(f.tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${t.asOf}T00:00:00Z`))}`,
			carrier: `${d.carrier}: bombarderos y portaaviones`,
			cuba: 'Cuba, un aliado clave de Maduro'
		}),
		leads: (d) => ({
			region:
				'Mapa del Caribe. Venezuela, resaltada, ocupa su costa sur, con Caracas junto al mar y Colombia al oeste. Trinidad y Tobago queda frente a su extremo oriental; Puerto Rico, territorio de EE. UU., al otro lado del mar hacia el norte, y Florida más allá de Cuba, al noroeste.',
			buildup: `Mapa de las fuerzas de EE. UU. informadas en la región, ${d.buildup}. Posiciones aproximadas.`,
			strikes: `Mapa de los dos mares donde EE. UU. anunció ataques a lanchas que, según Washington, llevaban drogas: ${d.total}. No se publicaron coordenadas, así que el mapa muestra zonas.`,
			carrier: `Mapa de las fuerzas de EE. UU. añadidas, ${d.carrier}. La ruta del grupo del Ford va del Atlántico al Caribe por el paso de Anegada, al este de Puerto Rico.`,
			cuba: 'Mapa con un arco de La Habana a Caracas: Maduro ha dado a guardaespaldas y oficiales de contrainteligencia cubanos un papel mayor en su protección, según una persona cercana a su gobierno. El arco marca la alianza, no una ruta.'
		}),
		seaLine: (f, sea, t) =>
			`${sea}: ${f.number(t.strikes)} ataques anunciados desde el ${f.date(t.first)}, ${f.number(t.killed)} muertos.`,
		sourceLead: 'Fuente:',
		tableCaption: 'Fuerzas de EE. UU. informadas en la región, de agosto a noviembre de 2025',
		tableHeads: ['Unidad', 'En la región desde', 'Dónde', 'Posición', 'Informado por'],
		precision: { site: 'Lugar informado', area: 'Zona aproximada', undisclosed: 'No divulgada' },
		strikeSummary: 'Los ataques a lanchas, uno por uno',
		strikeCaption: (total) => `Ataques anunciados a lanchas, ${total}`,
		strikeHeads: ['Ataque', 'Fecha', 'Mar', 'Muertos'],
		presumedDead: (f, killed, presumed) => `${f.number(killed)} + ${f.number(presumed)} dado por muerto`,
		oneReport: (f, killed) => `${f.number(killed)}, según un solo reporte`,
		noPosition: 'Sin posición pública:',
		legend: {
			site: ['Lugar informado'],
			area: ['Zona aproximada', '(punto ilustrativo)'],
			earlier: ['Informado antes', '(ver arriba)'],
			zone: ['Mar donde se anunciaron ataques', '(sin coordenadas publicadas)']
		},
		lineKeys: { route: 'Ruta del portaaviones (ilustrativa)', arc: 'Alianza, no una ruta' },
		precisionNote: [
			'Posiciones aproximadas,',
			'según informes públicos:',
			'los barcos rara vez revelan la suya.',
			'La ruta del portaaviones es ilustrativa.'
		]
	}
};

function when(f: Format, iso: string): string {
	return iso.length === 7 ? f.month(iso) : f.date(iso);
}

/** The months a list of assets spans: "August–September 2025". */
function period(f: Format, list: readonly Asset[]): string {
	const month = new Intl.DateTimeFormat(f.tag, { month: 'long', timeZone: 'UTC' }).format(
		new Date(`${list[0]!.date.slice(0, 7)}-01`)
	);
	return `${month}–${f.month(list[list.length - 1]!.date.slice(0, 7))}`;
}

/** Strikes 11, 12 and 13 as "11–13". */
function numberRange(f: Format, numbers: readonly number[]): string {
	const first = f.number(numbers[0]!);
	const last = f.number(numbers[numbers.length - 1]!);
	return first === last ? first : `${first}–${last}`;
}

/**
 * A list as phrases that never break inside: each item with the comma after it, "and" with the
 * item it introduces. The legend wraps between phrases only.
 */
function listPhrases(f: Format, items: string[]): string[] {
	const phrases: string[] = [];
	let lead = '';
	for (const part of new Intl.ListFormat(f.tag, { type: 'conjunction' }).formatToParts(items)) {
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

/** Phrases that never break inside: the legend and notes wrap between them only. */
function phrases(list: readonly string[]): string {
	return list.map((p) => `<span class="phrase">${escapeXml(p)}</span>`).join(' ');
}

export function mapText(locale: Locale) {
	const f = createFormat(locale);
	const w = MAP_WORDS[locale];
	const marks = mapMarks();
	const shortDate = new Intl.DateTimeFormat(f.tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
	const assetById = (id: AssetId) => assets.find((a) => a.id === id)!;
	const assetWords = w.assets(f, {
		personnel: IWO_JIMA_PERSONNEL,
		destroyers: assets.find((a) => a.id === 'destroyers')!.units,
		f35: F35_COUNT,
		b52: B52_COUNT,
		b1: B1_COUNT,
		aircraft: FORD_AIRCRAFT,
		day: (id) => shortDate.format(new Date(`${assetById(id).date}T00:00:00Z`)),
		span: (id) => {
			const { date, until = date } = assetById(id);
			return shortDate.formatRange(new Date(`${date}T00:00:00Z`), new Date(`${until}T00:00:00Z`));
		}
	});
	const lines = (subject: LabelSubject): string[] => {
		if ('place' in subject) return w.places[subject.place].split('\n');
		if ('water' in subject) return w.waters[subject.water];
		if ('asset' in subject) return assetWords[subject.asset].short.split('\n');
		if ('zone' in subject) return [w.seas[subject.zone], ...w.zoneTally(f, strikesBySea(subject.zone))];
		return w.notes[subject.note];
	};

	const build = assetsIn('buildup');
	const late = assetsIn('carrier');
	const total = w.total(f, strikeTally);
	const figures: StateFigures = { buildup: period(f, build), carrier: period(f, late), total };
	const leads = w.leads(figures);
	const dated = (a: (typeof assets)[number]) =>
		`${assetWords[a.id].name}: ${when(f, a.date)}, ${assetWords[a.id].where}. ${w.sourceLead} ${a.reportedBy}.`;
	const seaLine = (sea: Sea) => w.seaLine(f, w.seas[sea], strikesBySea(sea));
	const items: Record<MapState, string[]> = {
		region: [],
		buildup: build.map(dated),
		strikes: [seaLine('caribbean'), seaLine('pacific')],
		carrier: late.map(dated),
		cuba: []
	};
	const describe = (state: MapState) => ({ lead: leads[state], items: items[state] });

	/** The assets a state cannot pin, as phrases: "No public position:", then one per asset. */
	const undisclosed = (state: MapState): string[] => {
		const hidden = assetsIn(state).filter((a) => !pinned(a));
		if (hidden.length === 0) return [];
		const list = listPhrases(
			f,
			hidden.map((a) => assetWords[a.id].short)
		);
		list[list.length - 1] += '.';
		return [w.noPosition, ...list];
	};
	/**
	 * A state's keys and notes, as HTML built here so the page carries no code for them: a key
	 * for each kind of mark the state shows, then the notes on lines of their own.
	 */
	const legendHtml = (state: MapState): string => {
		const swatches = marks.legendKeys[state]
			.map((kind) => {
				const { mark, box } = keySwatches[kind];
				return `<span class="key" data-key="${kind}"><svg viewBox="${box}">${mark}</svg>${phrases(w.legend[kind])}</span>`;
			})
			.join('');
		return (
			`<p class="keys" aria-hidden="true">${swatches}</p>` +
			`<p class="note">${phrases([...w.precisionNote, ...undisclosed(state)])}</p>`
		);
	};

	return {
		captions: w.captions(f, figures, strikeTally),
		describe: {
			region: describe('region'),
			buildup: describe('buildup'),
			strikes: describe('strikes'),
			carrier: describe('carrier'),
			cuba: describe('cuba')
		},
		sourceLead: w.sourceLead,
		tableCaption: w.tableCaption,
		tableHeads: w.tableHeads,
		precision: w.precision,
		strikeSummary: w.strikeSummary,
		strikeCaption: w.strikeCaption(total),
		strikeHeads: w.strikeHeads,
		size: marks.size,
		frames: marks.frames,
		labels: marks.labels.map(({ id, subject, ...at }): MapLabel => ({ id, lines: lines(subject), ...at })),
		dots: marks.dots,
		zones: marks.zones,
		route: marks.route,
		arc: marks.arc,
		kmPerUnit: marks.kmPerUnit,
		legend: Object.fromEntries(MAP_STATES.map((s) => [s, legendHtml(s)])) as Record<MapState, string>,
		/** Each state's keys in plain words, for its share card: the legend's first phrases, then its lines. */
		cardKeys: Object.fromEntries(
			MAP_STATES.map((s) => [
				s,
				[
					...marks.legendKeys[s].map((kind) => ({ kind, text: w.legend[kind][0]! })),
					...(marks.route.states.includes(s) ? [{ kind: 'route' as const, text: w.lineKeys.route }] : []),
					...(s === 'cuba' ? [{ kind: 'arc' as const, text: w.lineKeys.arc }] : [])
				]
			])
		) as Record<MapState, { kind: LegendKey | 'route' | 'arc'; text: string }[]>,
		sources: Object.fromEntries(
			MAP_STATES.map((s) => [s, stateSources[s].map((id): SourceRef => sourceRef(id, locale))])
		) as Record<MapState, SourceRef[]>,
		rows: assets.map((a: Asset & { id: AssetId }) => [
			assetWords[a.id].name,
			a.until ? `${when(f, a.date)} – ${f.date(a.until)}` : when(f, a.date),
			assetWords[a.id].where,
			w.precision[a.position.precision],
			`${a.reportedBy} (${a.sources.map((id) => sourceIn(id, locale).publisher).join('; ')})`
		]),
		strikeRows: strikes.map((s) => [
			numberRange(f, s.numbers),
			f.date(s.date),
			w.seas[s.sea],
			'presumedDead' in s
				? w.presumedDead(f, s.killed, s.presumedDead)
				: 'singleReport' in s
					? w.oneReport(f, s.killed)
					: f.number(s.killed)
		])
	};
}

export type MapText = ReturnType<typeof mapText>;
