import type { Locale } from './format';

/**
 * Every source a figure on the page rests on. Data modules and facts name these ids;
 * the Sources section lists them, and every number in the copy links to its entry.
 */
export interface Source {
	/** Who published it. */
	publisher: string;
	/** What it is, as a reader would cite it. */
	title: string;
	/** When it was published or released, as shown to readers. */
	date: string;
	url: string;
	/** How it is used, and any caveat a reader should know. */
	note?: string;
}

export const sources = {
	nyt: {
		publisher: 'The New York Times',
		title: 'Reporting on Nicolás Maduro bracing for a possible U.S. strike',
		date: 'November 2025',
		url: 'https://www.nytimes.com/',
		note: 'The reporting this explainer retells. Claims from unnamed people close to the Venezuelan government are theirs, not confirmed independently.'
	},
	mpd: {
		publisher: 'Maddison Project (University of Groningen)',
		title:
			'Maddison Project Database 2023 (Bolt and van Zanden), real GDP per capita in 2011 international dollars',
		date: '2024',
		url: 'https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2023',
		note: 'Venezuela, 2013 to 2022. Estimates: Venezuela has published little official economic data since 2015.'
	},
	gmd: {
		publisher: 'Global Macro Database',
		title: 'Real GDP per capita, June 2025 release (Müller, Xu, Lehbib and Chen)',
		date: 'June 2025',
		url: 'https://www.globalmacrodata.com/',
		note: 'Used for 2023 only, as an index to 2013. Its Venezuelan series is stitched from World Bank, UN and FAO estimates.'
	},
	imfReo: {
		publisher: 'International Monetary Fund',
		title: 'Regional Economic Outlook: Western Hemisphere (emigration estimate)',
		date: 'November 2024',
		url: 'https://www.imf.org/en/Publications/REO/WH',
		note: 'About 7.8 million people left Venezuela from 2014 on, as relayed by the news agency ANSA.'
	},
	cne: {
		publisher: 'National Electoral Council of Venezuela (CNE)',
		title: 'First bulletin on the 28 July 2024 presidential election, read by Elvis Amoroso',
		date: '29 July 2024',
		url: 'https://www.reuters.com/world/americas/',
		note: 'Announced with "80%" of tally sheets counted, as reported by Reuters and others. The council never published table-by-table results.'
	},
	oppositionTally: {
		publisher: 'Comando Con Venezuela (opposition)',
		title: 'Tally sheets collected by opposition witnesses, published at resultadosconvzla.com',
		date: 'August 2024',
		url: 'https://resultadosconvzla.com/',
		note: '24,532 tally sheets, 81.7% of the total. Shares as reported by Reuters and others; exact vote counts vary by a few thousand between outlets.'
	},
	ap: {
		publisher: 'The Associated Press',
		title: 'Analysis of the opposition’s tally-sheet images',
		date: '2–3 August 2024',
		url: 'https://apnews.com/',
		note: 'Decoded about 24,000 sheets (79% of voting machines): González 6.89 million votes, Maduro 3.13 million.'
	},
	wapo: {
		publisher: 'The Washington Post',
		title: 'Analysis of 23,720 tally sheets',
		date: '4–5 August 2024',
		url: 'https://www.washingtonpost.com/',
		note: 'González 67%, Maduro 30% on 79% of voting tables.'
	},
	carter: {
		publisher: 'The Carter Center',
		title: 'Statement on Venezuela’s presidential election',
		date: '30 July 2024',
		url: 'https://www.cartercenter.org/',
		note: 'Found the election did not meet international standards of electoral integrity and could not be considered democratic.'
	},
	unPanel: {
		publisher: 'United Nations Panel of Electoral Experts',
		title: 'Interim report on the Venezuelan presidential election',
		date: '13 August 2024',
		url: 'https://www.un.org/',
		note: 'Found the council’s results management fell short of basic transparency and integrity measures.'
	},
	timeline: {
		publisher: 'Public record, compiled from news reports',
		title: 'Dates of Maduro’s rule and the crises he faced, 2013–2025',
		date: 'compiled November 2025',
		url: 'https://www.govinfo.gov/',
		note: 'Dates from contemporaneous reporting and U.S. government records; see the method notes for death tolls that remain unconfirmed.'
	},
	usTerms: {
		publisher: 'U.S. National Archives',
		title: 'The Constitution, 20th Amendment: presidential terms end at noon on 20 January',
		date: '1933',
		url: 'https://www.archives.gov/founding-docs/amendments-11-27',
		note: 'Barack Obama 2009–2017, Donald Trump 2017–2021, Joe Biden 2021–2025, Donald Trump from 2025.'
	},
	southcom: {
		publisher: 'U.S. Southern Command and U.S. Navy (DVIDS)',
		title: 'Announcements on the Gerald R. Ford carrier strike group and the deployment',
		date: '11–18 November 2025',
		url: 'https://www.southcom.mil/',
		note: 'Ship positions are rarely disclosed; map positions are approximate.'
	},
	deploymentReports: {
		publisher: 'Task & Purpose, CBS News, Reuters, The War Zone',
		title: 'Reports on U.S. ships, aircraft and troops sent to the Caribbean',
		date: 'August–November 2025',
		url: 'https://taskandpurpose.com/',
		note: 'Troop totals vary between reports; the figures shown are those reported most widely.'
	},
	bomberFlights: {
		publisher: 'Task & Purpose, ABC News, The Wall Street Journal',
		title: 'Reports on U.S. bomber flights off Venezuela',
		date: '15–23 October 2025',
		url: 'https://taskandpurpose.com/',
		note: 'B-52H "bomber attack demonstration" on 15 October in an orbit north of Caracas; B-1B flights on 23 October in international airspace, position not reported.'
	},
	portOfSpain: {
		publisher: 'Newsday (Trinidad and Tobago) and the U.S. Embassy in Port of Spain',
		title: 'USS Gravely and the 22nd MEU visit Trinidad and Tobago',
		date: '26 October 2025',
		url: 'https://newsday.co.tt/',
		note: 'The destroyer docked at Port of Spain from 26 to 30 October, about 11 km from Venezuela.'
	},
	naturalEarth: {
		publisher: 'Natural Earth, via the world-atlas package',
		title: 'Admin 0 countries at 1:50 million (world-atlas 2.0.2, countries-50m)',
		date: 'Natural Earth 4.1.0',
		url: 'https://www.naturalearthdata.com/',
		note: 'Public domain. Draws de facto borders: the Essequibo region, which Venezuela claims, appears as part of Guyana.'
	},
	strikeTally: {
		publisher: 'U.S. Department of Defense, via CNN and WION',
		title: 'Announced strikes on boats accused of carrying drugs',
		date: 'as of 16 November 2025',
		url: 'https://www.defense.gov/',
		note: 'No coordinates were released for any strike; counts include strikes in the Caribbean and the eastern Pacific.'
	}
} as const satisfies Record<string, Source>;

/** What the Spanish edition says about each source: its own words for the same facts (names stay as published). */
const sourcesEs: Record<
	keyof typeof sources,
	Pick<Source, 'title' | 'date' | 'note'> & { publisher?: string }
> = {
	nyt: {
		title: 'Reportaje sobre Nicolás Maduro ante un posible ataque de EE. UU.',
		date: 'noviembre de 2025',
		note: 'El reportaje que esta explicación vuelve a contar. Lo que dicen personas cercanas al gobierno venezolano sin identificarse es suyo y no está confirmado de forma independiente.'
	},
	mpd: {
		publisher: 'Proyecto Maddison (Universidad de Groninga)',
		title:
			'Base de datos del Proyecto Maddison 2023 (Bolt y van Zanden), PIB real por persona en dólares internacionales de 2011',
		date: '2024',
		note: 'Venezuela, de 2013 a 2022. Son estimaciones: Venezuela publica pocos datos económicos oficiales desde 2015.'
	},
	gmd: {
		title: 'PIB real por persona, edición de junio de 2025 (Müller, Xu, Lehbib y Chen)',
		date: 'junio de 2025',
		note: 'Usada solo para 2023, como índice con base en 2013. Su serie venezolana combina estimaciones del Banco Mundial, la ONU y la FAO.'
	},
	imfReo: {
		publisher: 'Fondo Monetario Internacional',
		title: 'Perspectivas económicas regionales: Hemisferio Occidental (estimación de emigración)',
		date: 'noviembre de 2024',
		note: 'Unos 7,8 millones de personas salieron de Venezuela desde 2014, según la agencia de noticias ANSA.'
	},
	cne: {
		publisher: 'Consejo Nacional Electoral de Venezuela (CNE)',
		title: 'Primer boletín de la elección presidencial del 28 de julio de 2024, leído por Elvis Amoroso',
		date: '29 de julio de 2024',
		note: 'Anunciado con el «80 %» de las actas contadas, según Reuters y otros medios. El CNE nunca publicó resultados mesa por mesa.'
	},
	oppositionTally: {
		publisher: 'Comando Con Venezuela (oposición)',
		title: 'Actas reunidas por los testigos de la oposición, publicadas en resultadosconvzla.com',
		date: 'agosto de 2024',
		note: '24.532 actas, el 81,7 % del total. Porcentajes según Reuters y otros medios; los votos exactos varían en unos pocos miles de un medio a otro.'
	},
	ap: {
		title: 'Análisis de las imágenes de las actas de la oposición',
		date: '2 y 3 de agosto de 2024',
		note: 'Descifró unas 24.000 actas (79 % de las máquinas de votación): González 6,89 millones de votos, Maduro 3,13 millones.'
	},
	wapo: {
		title: 'Análisis de 23.720 actas',
		date: '4 y 5 de agosto de 2024',
		note: 'González 67 %, Maduro 30 %, sobre el 79 % de las mesas.'
	},
	carter: {
		publisher: 'Centro Carter',
		title: 'Declaración sobre la elección presidencial de Venezuela',
		date: '30 de julio de 2024',
		note: 'Concluyó que la elección no cumplió los estándares internacionales de integridad electoral y no puede considerarse democrática.'
	},
	unPanel: {
		publisher: 'Panel de Expertos Electorales de las Naciones Unidas',
		title: 'Informe preliminar sobre la elección presidencial venezolana',
		date: '13 de agosto de 2024',
		note: 'Concluyó que la gestión de resultados del CNE no cumplió medidas básicas de transparencia e integridad.'
	},
	timeline: {
		publisher: 'Registro público, a partir de noticias',
		title: 'Fechas del gobierno de Maduro y de las crisis que enfrentó, 2013–2025',
		date: 'compilado en noviembre de 2025',
		note: 'Fechas tomadas de la prensa de cada momento y de registros del gobierno de EE. UU.; las notas de método explican los balances de muertos que siguen sin confirmarse.'
	},
	usTerms: {
		publisher: 'Archivos Nacionales de EE. UU.',
		title: 'La Constitución, Enmienda XX: los mandatos presidenciales terminan al mediodía del 20 de enero',
		date: '1933',
		note: 'Barack Obama 2009–2017, Donald Trump 2017–2021, Joe Biden 2021–2025, Donald Trump desde 2025.'
	},
	southcom: {
		publisher: 'Comando Sur y Armada de EE. UU. (DVIDS)',
		title: 'Anuncios sobre el grupo de ataque del portaaviones Gerald R. Ford y el despliegue',
		date: '11–18 de noviembre de 2025',
		note: 'Las posiciones de los buques casi nunca se publican; en el mapa son aproximadas.'
	},
	deploymentReports: {
		title: 'Informaciones sobre buques, aviones y tropas de EE. UU. enviados al Caribe',
		date: 'agosto–noviembre de 2025',
		note: 'Las cifras de tropas varían de un medio a otro; se muestran las más citadas.'
	},
	bomberFlights: {
		title: 'Informaciones sobre vuelos de bombarderos de EE. UU. frente a Venezuela',
		date: '15–23 de octubre de 2025',
		note: 'B-52H en una «demostración de ataque con bombarderos» el 15 de octubre, en una órbita al norte de Caracas; vuelos de B-1B el 23 de octubre en espacio aéreo internacional, sin posición informada.'
	},
	portOfSpain: {
		publisher: 'Newsday (Trinidad y Tobago) y la Embajada de EE. UU. en Puerto España',
		title: 'El USS Gravely y la 22.ª MEU visitan Trinidad y Tobago',
		date: '26 de octubre de 2025',
		note: 'El destructor atracó en Puerto España del 26 al 30 de octubre, a unos 11 km de Venezuela.'
	},
	naturalEarth: {
		publisher: 'Natural Earth, vía el paquete world-atlas',
		title: 'Países (admin 0) a escala 1:50 millones (world-atlas 2.0.2, countries-50m)',
		date: 'Natural Earth 4.1.0',
		note: 'Dominio público. Dibuja las fronteras de hecho: el Esequibo, que Venezuela reclama, aparece como parte de Guyana.'
	},
	strikeTally: {
		publisher: 'Departamento de Defensa de EE. UU., vía CNN y WION',
		title: 'Ataques anunciados contra lanchas acusadas de transportar drogas',
		date: 'al 16 de noviembre de 2025',
		note: 'No se publicaron coordenadas de ningún ataque; las cifras incluyen ataques en el Caribe y en el Pacífico oriental.'
	}
};

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
	return Object.hasOwn(sources, id);
}

/** What a source line needs to name and link a source. */
export interface SourceRef {
	label: string;
	url: string;
	detail?: string;
}

/** A source as an edition presents it: the same address, in that edition's words. */
export function sourceIn(id: SourceId, locale: Locale): Source {
	return locale === 'es' ? { ...sources[id], ...sourcesEs[id] } : sources[id];
}

export function sourceRef(id: SourceId, locale: Locale): SourceRef {
	const source = sourceIn(id, locale);
	return { label: source.publisher, url: source.url };
}
