import { createFormat } from './format.js';
import type { Locale } from '../i18n/editions.js';

/**
 * Every source a figure or claim on the page rests on. Data modules and facts name these ids;
 * the Sources section lists them, and every figure in the copy links to its entry.
 */
export interface Source {
	/** Who published it. */
	publisher: string;
	/** The reporter, where the report is cited as theirs. */
	author?: string;
	/** The outlet whose copy the link leads to (or that relayed it), where that is not the publisher. */
	via?: string;
	/** Its headline, or what it is where it has none. */
	title: string;
	/** When it was published: yyyy-mm-dd, or yyyy-mm / yyyy where only that is known. */
	date: string;
	/**
	 * A deep link to the report itself (or to a faithful copy of it). Absent where none is known:
	 * a home page supports no figure. A dataset links to its own site.
	 */
	url?: string;
	/** A dataset is cited by its site; everything else is a report, statement or document. */
	kind: 'report' | 'dataset';
	/** How it is used, and any caveat a reader should know. */
	note?: string;
}

export const sources = {
	nyt: {
		publisher: 'The New York Times',
		author: 'Anatoly Kurmanaev',
		via: 'WLRN',
		title: 'Rotating beds and cellphones, Maduro plans to outlast Trump',
		date: '2025-12-02',
		url: 'https://www.wlrn.org/americas/2025-12-03/rotating-beds-and-cellphones-maduro-plans-to-outlast-trump',
		kind: 'report',
		note: 'The reporting this explainer retells, published online on December 2, 2025; the link is the syndicated copy of December 3. Claims from unnamed people close to the Venezuelan government are theirs, not confirmed independently.'
	},
	mpd: {
		publisher: 'Maddison Project (University of Groningen)',
		title:
			'Maddison Project Database 2023 (Bolt and van Zanden), real GDP per capita in 2011 international dollars',
		date: '2024',
		url: 'https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2023',
		kind: 'dataset',
		note: 'Venezuela, 2013 to 2022. Estimates: Venezuela has published little official economic data since 2015.'
	},
	gmd: {
		publisher: 'Global Macro Database',
		title: 'Real GDP per capita, June 2025 release (Müller, Xu, Lehbib and Chen)',
		date: '2025-06',
		url: 'https://www.globalmacrodata.com/',
		kind: 'dataset',
		note: 'Used for 2023 only, as an index to 2013. Its Venezuelan series is stitched from World Bank, UN and FAO estimates.'
	},
	imfReo: {
		publisher: 'International Monetary Fund',
		via: 'ANSA',
		title: 'Regional Economic Outlook: Western Hemisphere, October 2024 (emigration estimate)',
		date: '2024-10',
		kind: 'report',
		note: 'About 7.8 million people left Venezuela from 2014 on. No link to the report’s page was at hand, so none is given.'
	},
	cne: {
		publisher: 'Reuters',
		via: 'swissinfo.ch',
		title: 'Maduro wins third term, Venezuela electoral authority says, despite exit polls',
		date: '2024-07-29',
		url: 'https://www.swissinfo.ch/eng/maduro-wins-third-term%2C-venezuela-electoral-authority-says%2C-despite-exit-polls/85274365',
		kind: 'report',
		note: 'The electoral council’s (CNE) first bulletin, read by Elvis Amoroso with “80%” of tally sheets counted. The council never published table-by-table results.'
	},
	oppositionTally: {
		publisher: 'Comando Con Venezuela (opposition)',
		title: 'Tally sheets collected by opposition witnesses, published at resultadosconvzla.com',
		date: '2024-08',
		url: 'https://resultadosconvzla.com/',
		kind: 'dataset',
		note: '24,532 tally sheets, 81.7% of the total. Exact vote counts vary by a few thousand between the outlets that reported them.'
	},
	ap: {
		publisher: 'The Associated Press',
		via: 'SooToday',
		title:
			'AP review of Venezuela opposition-provided vote tallies casts doubt on government’s election results',
		date: '2024-08-02',
		url: 'https://sootoday.com/world-news/ap-review-of-venezuela-opposition-provided-vote-tallies-casts-doubt-on-governments-election-results-9303495',
		kind: 'report',
		note: 'Decoded about 24,000 sheets (79% of voting machines): González 6.89 million votes, Maduro 3.13 million.'
	},
	wapo: {
		publisher: 'The Washington Post',
		title: 'Maduro lost election, tallies collected by Venezuela’s opposition show',
		date: '2024-08-04',
		url: 'https://www.washingtonpost.com/world/2024/08/04/maduro-gonzalez-election-actas-analysis/',
		kind: 'report',
		note: '23,720 tally sheets, 79% of voting tables: González 67%, Maduro 30%.'
	},
	carter: {
		publisher: 'The Carter Center',
		title: 'Carter Center Statement on Venezuela Election',
		date: '2024-07-30',
		url: 'https://www.cartercenter.org/news/pr/2024/venezuela-073024.html',
		kind: 'report',
		note: 'Found the election did not meet international standards of electoral integrity and could not be considered democratic.'
	},
	unPanel: {
		publisher: 'Al Arabiya English',
		title: 'Report on the U.N. Panel of Electoral Experts’ findings on Venezuela’s election results',
		date: '2024-08-14',
		url: 'https://english.alarabiya.net/News/world/2024/08/14/un-report-questions-integrity-of-venezuela-elections-results-process',
		kind: 'report',
		note: 'The panel’s interim report, published on August 13, 2024, found the council’s results management fell short of basic transparency and integrity measures.'
	},
	timeline: {
		publisher: 'The graphics desk',
		title:
			'Dates of Maduro’s rule and the crises he faced, 2013–2025, compiled from contemporaneous news reports',
		date: '2025-12-02',
		kind: 'report',
		note: 'Crises with a report of their own link to it in this list; death tolls that remain unconfirmed are left out.'
	},
	assembly2015: {
		publisher: 'The Associated Press',
		via: 'El Universal',
		title: 'Venezuela opposition wins supermajority in National Assembly',
		date: '2015-12-08',
		url: 'https://www.eluniversal.com.mx/articulo/english/2015/12/8/venezuela-opposition-wins-supermajority-national-assembly',
		kind: 'report'
	},
	recall2016: {
		publisher: 'BBC News',
		title: 'Venezuela’s Maduro recall referendum drive suspended',
		date: '2016-10-20',
		url: 'https://www.bbc.com/news/world-latin-america-37724322',
		kind: 'report'
	},
	guaido2019: {
		publisher: 'Reuters',
		title: 'Report on the United States recognizing Juan Guaidó as interim president',
		date: '2019-01-23',
		url: 'https://www.reuters.com/article/us-venezuela-politics-trump/trump-recognizes-opposition-leader-guaido-as-venezuelas-interim-president-idUSKCN1PH2CZ',
		kind: 'report'
	},
	usTerms: {
		publisher: 'U.S. National Archives',
		title: 'The Constitution, 20th Amendment: presidential terms end at noon on 20 January',
		date: '1933',
		url: 'https://www.archives.gov/founding-docs/amendments-11-27',
		kind: 'report',
		note: 'Barack Obama 2009–2017, Donald Trump 2017–2021, Joe Biden 2021–2025, Donald Trump from 2025.'
	},
	deploymentReports: {
		publisher: 'Task & Purpose, CBS News, Reuters, The War Zone, SOFX, Newsweek',
		title: 'Reports on U.S. ships, aircraft and troops sent to the Caribbean',
		date: '2025-11',
		kind: 'report',
		note: 'Assets with a report of their own link to it in this list; the map’s table names the outlets behind each of the others. Troop totals vary between reports.'
	},
	iwoJimaGroup: {
		publisher: 'Task & Purpose',
		title: '4,500 Marines and sailors deploy to Caribbean for anti-cartel mission',
		date: '2025-08-18',
		url: 'https://taskandpurpose.com/news/navy-marine-anti-cartel-mission',
		kind: 'report'
	},
	lakeErie: {
		publisher: 'Agence France-Presse',
		via: 'St Vincent Times',
		title: 'Report on the cruiser USS Lake Erie crossing the Panama Canal',
		date: '2025-08-31',
		url: 'https://www.stvincenttimes.com/warship-enters-panama-canal-large-buildup-of-us-forces-in-caribbean/',
		kind: 'report',
		note: 'The cruiser passed the canal’s Pedro Miguel locks on the night of August 29, 2025; its position since has not been made public.'
	},
	f35PuertoRico: {
		publisher: 'CBS News',
		title: 'U.S. deploying 10 fighter jets to Puerto Rico in drug cartel crackdown',
		date: '2025-09-05',
		url: 'https://www.cbsnews.com/miami/news/u-s-sends-10-fighter-jets-to-puerto-rico-for-strikes-against-drug-cartels/',
		kind: 'report',
		note: 'Also reports the destroyers Gravely, Jason Dunham and Sampson ordered to the region in late August.'
	},
	personnelNovember: {
		publisher: 'VOZ',
		title: 'Report on the terrorist designation of the Cartel de los Soles and the forces in the Caribbean',
		date: '2025-11-17',
		url: 'https://voz.us/en/politics/251117/31026/department-of-state-to-formally-designate-cartel-soles-as-foreign-terrorist-organization.html',
		kind: 'report',
		note: 'Nearly 12,000 troops on almost a dozen Navy ships with the Ford; some reports give 15,000, which is not confirmed.'
	},
	southcom: {
		publisher: 'USNI News',
		title: 'Carrier USS Gerald R. Ford Now in U.S. Southern Command',
		date: '2025-11-11',
		url: 'https://news.usni.org/2025/11/11/carrier-uss-gerald-r-ford-now-in-u-s-southern-command',
		kind: 'report',
		note: 'The Ford strike group and Carrier Air Wing 8 enter U.S. Southern Command’s area. Ship positions are rarely disclosed; map positions are approximate.'
	},
	fordCaribbean: {
		publisher: 'gCaptain',
		title: 'USS Gerald R. Ford Arrives to Caribbean in Major Counter-Narcotics Operation',
		date: '2025-11-16',
		url: 'https://gcaptain.com/uss-gerald-r-ford-arrives-to-caribbean-in-major-counter-narcotics-operation',
		kind: 'report',
		note: 'Relays the Navy’s statement that the strike group passed through the Anegada Passage into the Caribbean on November 16.'
	},
	fordOrder: {
		publisher: 'Reuters',
		via: 'Caliber.az',
		title: 'Reuters: US deploys carrier strike group to Caribbean amid Venezuela tensions',
		date: '2025-11-11',
		url: 'https://caliber.az/en/post/reuters-us-deploys-carrier-strike-group-to-caribbean-amid-venezuela-tensions',
		kind: 'report',
		note: 'Cited for its description of the Ford, commissioned in 2017, as the newest and largest U.S. aircraft carrier.'
	},
	buildupScale: {
		publisher: 'News Ghana',
		title: 'Report on the U.S. naval force in the Caribbean',
		date: '2025-12-01',
		url: 'https://www.newsghana.com.gh/united-states-deploys-massive-naval-force-in-caribbean-operation/',
		kind: 'report',
		note: 'One of several outlets to call the build-up the largest concentration of U.S. forces in the region in decades; an assessment, not a count.'
	},
	bomberFlights: {
		publisher: 'Task & Purpose',
		title: 'Report on the B-52 “bomber attack demonstration” off Venezuela',
		date: '2025-10-22',
		url: 'https://taskandpurpose.com/news/b-52-bomber-venezuela-air-force/',
		kind: 'report',
		note: 'Three B-52H bombers with F-35Bs on October 15, in an orbit north of Caracas.'
	},
	b1Flights: {
		publisher: 'The Wall Street Journal',
		via: 'Investing.com',
		title: 'US flies B1 bombers near Venezuela in latest show of force - WSJ',
		date: '2025-10-23',
		url: 'https://ng.investing.com/news/world-news/us-flies-b1-bombers-near-venezuela-in-latest-show-of-force--wsj-93CH-2161620',
		kind: 'report',
		note: 'B-1B flights in international airspace off Venezuela; no position reported. President Trump called the report inaccurate.'
	},
	portOfSpain: {
		publisher: 'Newsday (Trinidad and Tobago)',
		title: 'US warship arrives in Trinidad and Tobago',
		date: '2025-10-26',
		url: 'https://newsday.co.tt/2025/10/26/us-warship-arrives-in-trinidad-and-tobago/',
		kind: 'report',
		note: 'The destroyer Gravely docked at Port of Spain from October 26 to 30, about 11 km from Venezuela.'
	},
	naturalEarth: {
		publisher: 'Natural Earth, via the world-atlas package',
		title: 'Admin 0 countries at 1:50 million (world-atlas 2.0.2, countries-50m)',
		date: '2018',
		url: 'https://www.naturalearthdata.com/',
		kind: 'dataset',
		note: 'Natural Earth 4.1.0, public domain. Draws de facto borders: the Essequibo region, which Venezuela claims, appears as part of Guyana.'
	},
	strikeTally: {
		publisher: 'CNN',
		via: 'KEYT',
		title: 'Report on the 21st announced strike on a boat, in the eastern Pacific',
		date: '2025-11-16',
		url: 'https://keyt.com/politics/cnn-us-politics/2025/11/16/us-military-carried-out-21st-strike-on-alleged-drug-boat-killing-3/',
		kind: 'report',
		note: 'Counts announced by the Pentagon and U.S. Southern Command, 83 dead including a survivor presumed dead; no coordinates were released for any strike. Strikes between September 15 and October 24 are dated from single reports.'
	},
	strikeLegality: {
		publisher: 'The Associated Press',
		via: 'CityNews',
		title: 'US military says strikes on 3 boats in the eastern Pacific Ocean kill 8 people',
		date: '2025-12-15',
		url: 'https://toronto.citynews.ca/2025/12/15/us-military-says-strikes-on-3-boats-in-the-eastern-pacific-ocean-kill-8-people/',
		kind: 'report',
		note: 'Published after the story’s date, it sums up a dispute under way since September: legal specialists and lawmakers of both parties call the strikes illegal; the administration says the United States is in an armed conflict with cartels.'
	},
	cartelDesignation: {
		publisher: 'CNN',
		via: 'Local News 8',
		title: 'State Department to designate Venezuelan cartel as a foreign terrorist organization',
		date: '2025-11-16',
		url: 'https://localnews8.com/politics/cnn-us-politics/2025/11/16/state-department-to-designate-venezuelan-cartel-as-a-foreign-terrorist-organization/',
		kind: 'report',
		note: 'The designation of the Cartel de los Soles took effect on November 24, 2025; Washington says Maduro heads it, and he denies it.'
	},
	capture: {
		publisher: 'Sky News',
		title: 'US military operation to capture Maduro followed “months of planning”',
		date: '2026-01-03',
		url: 'https://news.sky.com/video/us-military-operation-to-capture-maduro-followed-months-of-planning-13490063',
		kind: 'report',
		note: 'After the story’s date: for the editor’s note and the epilogue only.'
	},
	arraignment: {
		publisher: 'Reuters',
		via: 'Guyana Chronicle',
		title: 'Maduro pleads not guilty in New York court',
		date: '2026-01-05',
		url: 'https://guyanachronicle.com/2026/01/05/maduro-pleads-not-guilty-in-new-york-court/',
		kind: 'report',
		note: 'After the story’s date. Maduro and Cilia Flores pleaded not guilty before Judge Alvin Hellerstein in Manhattan; Maduro faces four counts, including narco-terrorism conspiracy.'
	},
	interimPresident: {
		publisher: 'Capital FM (Kenya)',
		title: 'Rodriguez praises Maduro and his wife as heroes during swearing-in ceremony',
		date: '2026-01-05',
		url: 'https://www.capitalfm.co.ke/news/2026/01/rodriguez-praises-maduro-and-his-wife-as-heroes-during-swearing-in-ceremony/',
		kind: 'report',
		note: 'After the story’s date. Delcy Rodríguez, the vice president, was sworn in as interim president before the National Assembly.'
	}
} as const satisfies Record<string, Source>;

/** The Spanish edition's words for each source: headlines stay as published; descriptions and notes are its own. */
const sourcesEs: Record<SourceId, { publisher?: string; title?: string; note?: string }> = {
	nyt: {
		note: 'El reportaje que esta explicación vuelve a contar, publicado en internet el 2 de diciembre de 2025; el enlace lleva a la copia sindicada del 3 de diciembre. Lo que dicen personas cercanas al gobierno venezolano sin identificarse es suyo y no está confirmado de forma independiente.'
	},
	mpd: {
		publisher: 'Proyecto Maddison (Universidad de Groninga)',
		title:
			'Base de datos del Proyecto Maddison 2023 (Bolt y van Zanden), PIB real por persona en dólares internacionales de 2011',
		note: 'Venezuela, de 2013 a 2022. Son estimaciones: Venezuela publica pocos datos económicos oficiales desde 2015.'
	},
	gmd: {
		title: 'PIB real por persona, edición de junio de 2025 (Müller, Xu, Lehbib y Chen)',
		note: 'Usada solo para 2023, como índice con base en 2013. Su serie venezolana combina estimaciones del Banco Mundial, la ONU y la FAO.'
	},
	imfReo: {
		title:
			'Perspectivas económicas regionales: Hemisferio Occidental, octubre de 2024 (estimación de emigración)',
		note: 'Unos 7,8 millones de personas salieron de Venezuela desde 2014. No se tenía a mano un enlace a la página del informe, así que no se da ninguno.'
	},
	cne: {
		note: 'El primer boletín del Consejo Nacional Electoral (CNE), leído por Elvis Amoroso con el «80 %» de las actas contadas. El CNE nunca publicó resultados mesa por mesa.'
	},
	oppositionTally: {
		publisher: 'Comando Con Venezuela (oposición)',
		title: 'Actas reunidas por los testigos de la oposición, publicadas en resultadosconvzla.com',
		note: '24.532 actas, el 81,7 % del total. Los votos exactos varían en unos pocos miles de un medio a otro.'
	},
	ap: {
		note: 'Descifró unas 24.000 actas (79 % de las máquinas de votación): González 6,89 millones de votos, Maduro 3,13 millones.'
	},
	wapo: { note: '23.720 actas, el 79 % de las mesas: González 67 %, Maduro 30 %.' },
	carter: {
		publisher: 'Centro Carter',
		note: 'Concluyó que la elección no cumplió los estándares internacionales de integridad electoral y no puede considerarse democrática.'
	},
	unPanel: {
		title:
			'Información sobre las conclusiones del Panel de Expertos Electorales de la ONU acerca de los resultados de la elección venezolana',
		note: 'El informe preliminar del panel, publicado el 13 de agosto de 2024, concluyó que la gestión de resultados del CNE no cumplió medidas básicas de transparencia e integridad.'
	},
	timeline: {
		publisher: 'El equipo de gráficos',
		title:
			'Fechas del gobierno de Maduro y de las crisis que enfrentó, 2013–2025, a partir de la prensa de cada momento',
		note: 'Las crisis con un reportaje propio enlazan a él en esta lista; se omiten los balances de muertos que siguen sin confirmarse.'
	},
	assembly2015: {},
	recall2016: {},
	guaido2019: {
		title: 'Información sobre el reconocimiento de Juan Guaidó como presidente interino por Estados Unidos'
	},
	usTerms: {
		publisher: 'Archivos Nacionales de EE. UU.',
		title: 'La Constitución, Enmienda XX: los mandatos presidenciales terminan al mediodía del 20 de enero',
		note: 'Barack Obama 2009–2017, Donald Trump 2017–2021, Joe Biden 2021–2025, Donald Trump desde 2025.'
	},
	deploymentReports: {
		title: 'Informaciones sobre buques, aviones y tropas de EE. UU. enviados al Caribe',
		note: 'Los medios con un reportaje propio enlazan a él en esta lista; la tabla del mapa nombra a los medios detrás de cada uno de los demás. Las cifras de tropas varían de un medio a otro.'
	},
	iwoJimaGroup: {},
	lakeErie: {
		title: 'Información sobre el paso del crucero USS Lake Erie por el canal de Panamá',
		note: 'El crucero cruzó las esclusas de Pedro Miguel la noche del 29 de agosto de 2025; su posición posterior no se ha hecho pública.'
	},
	f35PuertoRico: {
		note: 'También informa de los destructores Gravely, Jason Dunham y Sampson, enviados a la región a fines de agosto.'
	},
	personnelNovember: {
		title: 'Información sobre la designación terrorista del Cartel de los Soles y las fuerzas en el Caribe',
		note: 'Casi 12.000 efectivos en casi una docena de buques de la Armada con el Ford; algunos medios dan 15.000, cifra no confirmada.'
	},
	southcom: {
		note: 'El grupo de ataque del Ford y el Ala Aérea Embarcada 8 entran en la zona del Comando Sur. Las posiciones de los buques casi nunca se publican; en el mapa son aproximadas.'
	},
	fordCaribbean: {
		note: 'Recoge el comunicado de la Armada según el cual el grupo cruzó el paso de Anegada hacia el Caribe el 16 de noviembre.'
	},
	fordOrder: {
		note: 'Citado por su descripción del Ford, en servicio desde 2017, como el portaaviones más nuevo y más grande de EE. UU.'
	},
	buildupScale: {
		title: 'Información sobre la fuerza naval de EE. UU. en el Caribe',
		note: 'Uno de varios medios que llamaron al despliegue la mayor concentración de fuerzas de EE. UU. en la región en décadas: una valoración, no un conteo.'
	},
	bomberFlights: {
		title: 'Información sobre la «demostración de ataque con bombarderos» B-52 frente a Venezuela',
		note: 'Tres bombarderos B-52H con cazas F-35B el 15 de octubre, en una órbita al norte de Caracas.'
	},
	b1Flights: {
		note: 'Vuelos de B-1B en espacio aéreo internacional frente a Venezuela, sin posición informada. El presidente Trump dijo que la información no era exacta.'
	},
	portOfSpain: {
		publisher: 'Newsday (Trinidad y Tobago)',
		note: 'El destructor Gravely atracó en Puerto España del 26 al 30 de octubre, a unos 11 km de Venezuela.'
	},
	naturalEarth: {
		publisher: 'Natural Earth, vía el paquete world-atlas',
		title: 'Países (admin 0) a escala 1:50 millones (world-atlas 2.0.2, countries-50m)',
		note: 'Natural Earth 4.1.0, dominio público. Dibuja las fronteras de hecho: el Esequibo, que Venezuela reclama, aparece como parte de Guyana.'
	},
	strikeTally: {
		title: 'Información sobre el ataque anunciado número 21 contra una lancha, en el Pacífico oriental',
		note: 'Cifras anunciadas por el Pentágono y el Comando Sur: 83 muertos, incluido un sobreviviente dado por muerto; no se publicaron coordenadas de ningún ataque. Los ataques entre el 15 de septiembre y el 24 de octubre se fechan con reportes únicos.'
	},
	strikeLegality: {
		note: 'Publicado después de la fecha de la historia, resume una disputa abierta desde septiembre: juristas y legisladores de ambos partidos llaman ilegales los ataques; el gobierno dice que Estados Unidos está en un conflicto armado con los cárteles.'
	},
	cartelDesignation: {
		note: 'La designación del Cartel de los Soles entró en vigor el 24 de noviembre de 2025; Washington dice que Maduro lo dirige, y él lo niega.'
	},
	capture: { note: 'Posterior a la fecha de la historia: solo para la nota editorial y el epílogo.' },
	arraignment: {
		note: 'Posterior a la fecha de la historia. Maduro y Cilia Flores se declararon no culpables ante el juez Alvin Hellerstein en Manhattan; Maduro enfrenta cuatro cargos, entre ellos conspiración para el narcoterrorismo.'
	},
	interimPresident: {
		note: 'Posterior a la fecha de la historia. Delcy Rodríguez, la vicepresidenta, juró como presidenta encargada ante la Asamblea Nacional.'
	}
};

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
	return Object.hasOwn(sources, id);
}

/** A source as an edition shows it: that edition's words, its date written out ("July 29, 2024"). */
export interface Citation extends Source {
	/** The language of the title as shown: headlines keep the language they were published in. */
	titleLang: Locale;
}

function dateIn(iso: string, locale: Locale): string {
	const f = createFormat(locale);
	if (/^\d{4}$/.test(iso)) return iso;
	return iso.length === 7 ? f.month(iso) : f.date(iso);
}

export function sourceIn(id: SourceId, locale: Locale): Citation {
	const source: Source = sources[id];
	const words = locale === 'es' ? sourcesEs[id] : {};
	return { ...source, ...words, titleLang: words.title ? locale : 'en', date: dateIn(source.date, locale) };
}

/** What a source line under a graphic needs: a name, and a link where one is known. */
export interface SourceRef {
	label: string;
	url?: string;
	detail?: string;
}

export function sourceRef(id: SourceId, locale: Locale): SourceRef {
	const { publisher, url } = sourceIn(id, locale);
	return { label: publisher, url };
}
