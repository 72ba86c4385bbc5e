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
	/** The headline's language, where it was published in one other than English. */
	lang?: Locale;
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
		url: 'https://doi.org/10.34894/INZBF2',
		kind: 'dataset',
		note: 'Venezuela, 2013 to 2022. Estimates: Venezuela has published little official economic data since 2015.'
	},
	gmd: {
		publisher: 'Global Macro Database',
		title: 'Real GDP per capita, June 2025 release (Müller, Xu, Lehbib and Chen)',
		date: '2025-06',
		url: 'https://github.com/KMueller-Lab/Global-Macro-Database/blob/e9c972cde066219ed3d45c636e48808683b50b6a/data/distribute/rGDP_pc_2025_06.csv',
		kind: 'dataset',
		note: 'Used for 2023 only, as an index to 2013. Its Venezuelan series is stitched from World Bank, UN and FAO estimates.'
	},
	imfReo: {
		publisher: 'International Monetary Fund',
		via: 'ANSA',
		title: 'Regional Economic Outlook: Western Hemisphere (emigration estimate), as reported by ANSA',
		date: '2024-11-04',
		kind: 'report',
		note: 'About 7.8 million people, some 25% of the population, left Venezuela from 2014 on. Neither the ANSA report nor the IMF’s page could be found to link, so no link is given.'
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
		publisher: 'Agence France-Presse',
		via: 'Al Arabiya English',
		title: 'Report on the U.N. Panel of Electoral Experts’ findings on Venezuela’s election results',
		date: '2024-08-14',
		url: 'https://english.alarabiya.net/News/world/2024/08/14/un-report-questions-integrity-of-venezuela-elections-results-process',
		kind: 'report',
		note: 'The panel’s interim report, published on August 13, 2024, found the council’s results management fell short of basic transparency and integrity measures.'
	},
	timeline: {
		publisher: 'The graphics desk',
		title: 'Dates of Maduro’s rule and the crises he faced, 2013–2025, compiled for this explainer',
		date: '2026-12',
		kind: 'report',
		note: 'Compiled from the dated reports listed here, one for each event; death tolls that remain unconfirmed are left out.'
	},
	chavezDeath2013: {
		publisher: 'DW',
		title: 'Hugo Chavez is dead',
		date: '2013-03-05',
		url: 'https://www.dw.com/en/hugo-chavez-is-dead/av-16648543',
		kind: 'report',
		note: 'Nicolás Maduro, then vice president, announced the death on television and took over as acting president.'
	},
	election2013: {
		publisher: 'Los Angeles Times',
		title: 'Nicolas Maduro wins Venezuela presidency, council says',
		date: '2013-04-14',
		url: 'https://www.latimes.com/world/la-xpm-2013-apr-14-la-fg-venezuela-election-20130415-story.html',
		kind: 'report'
	},
	lopez2014: {
		publisher: 'Los Angeles Times',
		title: 'Venezuela opposition leader Leopoldo Lopez surrenders, urges protests',
		date: '2014-02-18',
		url: 'https://www.latimes.com/world/la-fg-venezuela-opposition-20140219-story.html',
		kind: 'report',
		note: 'The protests began on February 12, 2014.'
	},
	assembly2017: {
		publisher: 'Nexo Jornal',
		title: 'Report on the Supreme Court’s takeover of the National Assembly’s powers (in Portuguese)',
		date: '2017-03-31',
		url: 'https://www.nexojornal.com.br/expresso/2017/03/31/A-interven%C3%A7%C3%A3o-no-Parlamento-da-Venezuela-o-que-dizem-governo-e-oposi%C3%A7%C3%A3o',
		kind: 'report',
		note: 'The ruling of March 29, 2017, partly reversed days later, set off months of protests.'
	},
	thirdTerm2025: {
		publisher: 'TRT World',
		title: 'Report on Maduro’s swearing-in for a third term',
		date: '2025-01-10',
		url: 'https://www.trtworld.com/article/18252517',
		kind: 'report'
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
	patrolAircraft: {
		publisher: 'CubaHeadlines',
		title:
			'U.S. Boosts Military Presence in Caribbean: Nuclear Submarine and Missile Cruiser Target Venezuela',
		date: '2025-08-26',
		url: 'https://www.cubaheadlines.com/articles/309694',
		kind: 'report',
		note: 'Relays Reuters; says P-8 Poseidon patrol aircraft take part. Their bases and positions were not disclosed.'
	},
	marinesTraining: {
		publisher: 'DVIDS (U.S. Marine Corps)',
		title: '22nd Marine Expeditionary Unit Conducts Military Training in Puerto Rico',
		date: '2025-08-27',
		url: 'https://www.dvidshub.net/news/546973/22nd-marine-expeditionary-unit-conducts-military-training-puerto-rico',
		kind: 'report',
		note: 'Training at Camp Santiago from August 31, 2025; no later report places the Marines there.'
	},
	submarine: {
		publisher: 'Reuters',
		via: 'LIGA.net',
		title: 'Reuters: Trump sends missile cruiser and nuclear submarine to southern Caribbean',
		date: '2025-08-26',
		url: 'https://news.liga.net/en/politics/news/reuters-trump-sends-missile-cruiser-and-nuclear-submarine-to-southern-caribbean',
		kind: 'report',
		note: 'The submarine USS Newport News was to arrive early the following week; its position was not disclosed.'
	},
	navyShipList: {
		publisher: 'Newsweek',
		via: 'News.az',
		title: 'Full list of US Navy ships deployed to the Caribbean amid Venezuela tensions',
		date: '2025-09-04',
		url: 'https://news.az/news/full-list-of-us-navy-ships-deployed-to-the-caribbean-amid-venezuela-tensions',
		kind: 'report',
		note: 'Lists the littoral combat ship USS Minneapolis-Saint Paul among the ships in the region.'
	},
	reapers: {
		publisher: 'Task & Purpose',
		title: 'US deploys MQ-9 Reaper drones to the Caribbean',
		date: '2025-09',
		url: 'https://taskandpurpose.com/news/mq9-reaper-drones-caribbean',
		kind: 'report',
		note: 'Armed Reapers at Rafael Hernández Airport, Aguadilla, first reported by Reuters on September 9, 2025. The same report places the F-35Bs at Muñiz Air National Guard Base, San Juan.'
	},
	f35Ceiba: {
		publisher: 'Reuters',
		via: 'Firstpost',
		title: '5 US F-35 jets land in Puerto Rico amid tensions with Venezuela',
		date: '2025-09-13',
		url: 'https://www.firstpost.com/world/5-us-f-35-jets-land-in-puerto-rico-amid-tensions-with-venezuela-13933637.html',
		kind: 'report',
		note: 'The first jets landed at the former Roosevelt Roads base in Ceiba; other reports named Muñiz base, San Juan.'
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
		note: 'Also reports the destroyers Gravely, Jason Dunham and Sampson ordered to the region in late August. Later reports name other destroyers, so the map shows the three in August and September only.'
	},
	personnelNovember: {
		publisher: 'Military.com',
		title: 'Report on the Marine build-up in the Caribbean, miles off Venezuela’s coast',
		date: '2025-11-19',
		url: 'https://collegefairs.military.com/feature/2025/11/19/massive-us-marine-buildup-caribbean-just-7-miles-venezuelas-coast.html',
		kind: 'report',
		note: 'Nearly a dozen warships and about 12,000 sailors and Marines in the region with the Ford, one of the largest U.S. forces sent to the Caribbean in decades. No wire or Navy statement with a total was found; some reports give 15,000, which is not confirmed.'
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
	fordNewest: {
		publisher: 'Newsmax',
		title: 'Report on the USS Gerald R. Ford’s arrival in Latin American waters',
		date: '2025-11-11',
		url: 'https://www.newsmax.com/newsfront/uss-gerald-r-ford-latin-america-pete-hegseth/2025/11/11/id/1234158/',
		kind: 'report',
		note: 'Describes the Ford as the Navy’s newest aircraft carrier.'
	},
	fordLargest: {
		publisher: 'DVIDS (U.S. Navy)',
		title: 'USS Gerald R. Ford (CVN 78) conducts routine maintenance',
		date: '2025-11-18',
		url: 'https://www.dvidshub.net/image/9405396/uss-gerald-r-ford-cvn-78-conducts-routine-maintenance',
		kind: 'report',
		note: 'The Navy’s caption calls the Ford the world’s largest aircraft carrier, operating in the Caribbean Sea.'
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
		note: 'Three B-52H bombers, per open-source flight-tracking data, with F-35Bs on October 15, in an orbit north of Caracas.'
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
		url: 'https://unpkg.com/world-atlas@2.0.2/countries-50m.json',
		kind: 'dataset',
		note: 'Natural Earth 4.1.0, public domain, as packaged in world-atlas 2.0.2. Draws de facto borders: the Essequibo region, which Venezuela claims, appears as part of Guyana.'
	},
	strikeTally: {
		publisher: 'CNN',
		via: 'KEYT',
		title: 'Report on the 21st announced strike on a boat, in the eastern Pacific',
		date: '2025-11-16',
		url: 'https://keyt.com/politics/cnn-us-politics/2025/11/16/us-military-carried-out-21st-strike-on-alleged-drug-boat-killing-3/',
		kind: 'report',
		note: 'Counts announced by the Pentagon and U.S. Southern Command, 83 dead including a survivor presumed dead; no coordinates were released for any strike. Strikes between September 15 and October 24 are dated from single reports. Also reports that some experts have said the strikes could violate U.S. and international law, and that the administration has told Congress it needs no approval for them.'
	},
	strikeJustification: {
		publisher: 'The New York Times',
		author: 'Carol Rosenberg',
		via: 'San Juan Daily Star',
		title: 'Latest strike on boat in Caribbean Sea kills 3, Hegseth says',
		date: '2025-11-02',
		url: 'https://www.sanjuandailystar.com/post/latest-strike-on-boat-in-caribbean-sea-kills-3-hegseth-says',
		kind: 'report',
		note: 'Specialists in the laws governing the use of force have called the killings illegal; the administration says the United States is in a formal armed conflict with drug cartels.'
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
	},
	abduction: {
		publisher: 'CNN',
		via: 'LNG in Northern BC',
		title: '“I was captured in my home in Venezuela,” Maduro tells judge',
		date: '2026-01-05',
		url: 'https://lnginnorthernbc.ca/2026/01/05/i-was-captured-in-my-home-in-venezuela-maduro-tells-judge',
		kind: 'report',
		note: 'After the story’s date. His lawyer, Barry Pollack, called the capture a “military abduction” and said its legality would be contested.'
	},
	hearingMoved: {
		publisher: 'Univision',
		title: 'Aplazan audiencia de Nicolás Maduro y Cilia Flores por solicitud de la Fiscalía de Nueva York',
		date: '2026-02-03',
		url: 'https://www.univision.com/noticias/estados-unidos/aplazan-audiencia-de-nicolas-maduro-y-cilia-flores-por-solicitud-de-la-fiscalia-de-nueva-york',
		lang: 'es',
		kind: 'report',
		note: 'After the story’s date. At the prosecution’s request, with the defence’s consent, Judge Hellerstein moved the hearing set for March 17 to March 26, 2026.'
	},
	amnestyLaw: {
		publisher: 'NTN24',
		title: 'Delcy Rodríguez promulga ley de amnistía aprobada por la Asamblea Nacional',
		date: '2026-02-19',
		url: 'https://www.ntn24.com/noticias-actualidad/delcy-rodriguez-promulga-ley-de-amnistia-aprobada-por-la-asamblea-nacional-del-regimen-que-administra-hay-que-saber-pedir-perdon-607636',
		lang: 'es',
		kind: 'report',
		note: 'After the story’s date. Rodríguez signed the law on February 19, 2026; Foro Penal counted 448 verified releases since January 8 and more than 600 political prisoners still held.'
	},
	noElection: {
		publisher: 'Al Jazeera',
		via: 'RocketNews',
		title: 'Venezuela’s National Assembly chief rules out new presidential election',
		date: '2026-02-10',
		url: 'https://rocketnews.com/2026/02/venezuelas-national-assembly-chief-rules-out-new-presidential-election',
		kind: 'report',
		note: 'After the story’s date. Jorge Rodríguez said there would be no election “in this immediate period”.'
	},
	electionsPromise: {
		publisher: 'NTN24',
		title:
			'Delcy Rodríguez asegura en entrevista con NBC que está de acuerdo en organizar elecciones “libres y justas” en Venezuela',
		date: '2026-02-12',
		url: 'https://www.ntn24.com/noticias-actualidad/delcy-rodriguez-asegura-en-entrevista-con-nbc-que-esta-de-acuerdo-en-organizar-elecciones-libres-y-justas-en-venezuela-606254',
		lang: 'es',
		kind: 'report',
		note: 'After the story’s date. Delcy Rodríguez promised free and fair elections, their calendar to be set by political dialogue.'
	},
	dismissMotion: {
		publisher: 'Law&Crime',
		title: 'Nicolás Maduro claims Trump already ensured any verdict will be constitutionally suspect',
		date: '2026-02-27',
		url: 'https://lawandcrime.com/high-profile/nicolas-maduro-claims-trump-already-ensured-any-verdict-will-be-constitutionally-suspect/',
		kind: 'report',
		note: 'After the story’s date. Maduro’s lawyers moved to dismiss the indictment, saying the Treasury first licensed and then blocked Venezuela’s payment of his legal fees. The outcome is not covered here.'
	}
} as const satisfies Record<string, Source>;

/** The Spanish edition's words for each source: headlines stay as published; descriptions and notes are its own. */
const sourcesEs: Record<SourceId, { publisher?: string; title?: string; note?: string }> = {
	nyt: {
		note: 'El reportaje que este especial vuelve a contar, publicado en internet el 2 de diciembre de 2025; el enlace lleva a la copia sindicada del 3 de diciembre. Lo que dicen personas cercanas al gobierno venezolano bajo condición de anonimato es suyo y no está confirmado de forma independiente.'
	},
	mpd: {
		publisher: 'Proyecto Maddison (Universidad de Groninga)',
		title:
			'Base de datos del Proyecto Maddison 2023 (Bolt y van Zanden), PIB real por persona en dólares internacionales de 2011',
		note: 'Venezuela, de 2013 a 2022. Son estimaciones: Venezuela ha publicado pocos datos económicos oficiales desde 2015.'
	},
	gmd: {
		title: 'PIB real por persona, edición de junio de 2025 (Müller, Xu, Lehbib y Chen)',
		note: 'Usada solo para 2023, como índice con base en 2013. Su serie venezolana combina estimaciones del Banco Mundial, la ONU y la FAO.'
	},
	imfReo: {
		publisher: 'Fondo Monetario Internacional',
		title: 'Perspectivas económicas regionales: Hemisferio Occidental (estimación de emigración), según ANSA',
		note: 'Unos 7,8 millones de personas, cerca del 25 % de la población, han emigrado de Venezuela desde 2014. No se encontró el reportaje de ANSA ni la página del FMI para enlazarlos, así que no se da enlace.'
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
			'Fechas del gobierno de Maduro y de las crisis que enfrentó, 2013–2025, recopiladas para este especial',
		note: 'Recopiladas a partir de los reportajes fechados que se enumeran abajo, uno por hecho; se omiten los balances de muertos que siguen sin confirmarse.'
	},
	chavezDeath2013: {
		note: 'Nicolás Maduro, entonces vicepresidente, anunció la muerte por televisión y asumió como presidente encargado.'
	},
	election2013: {},
	lopez2014: { note: 'Las protestas comenzaron el 12 de febrero de 2014.' },
	assembly2017: {
		title:
			'Información sobre la toma de las competencias de la Asamblea Nacional por el Tribunal Supremo (en portugués)',
		note: 'La sentencia del 29 de marzo de 2017, revertida en parte días después, desató meses de protestas.'
	},
	thirdTerm2025: { title: 'Información sobre la juramentación de Maduro para un tercer mandato' },
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
	patrolAircraft: {
		note: 'Recoge a Reuters; dice que participan aviones de patrulla P-8 Poseidon. Sus bases y posiciones no se divulgaron.'
	},
	marinesTraining: {
		note: 'Maniobras en Camp Santiago desde el 31 de agosto de 2025; ningún informe posterior sitúa allí a los infantes de marina.'
	},
	submarine: {
		note: 'El submarino USS Newport News debía llegar a comienzos de la semana siguiente; su posición no se divulgó.'
	},
	navyShipList: {
		note: 'Incluye el buque de combate litoral USS Minneapolis-Saint Paul entre los barcos en la región.'
	},
	reapers: {
		note: 'Drones Reaper armados en el aeropuerto Rafael Hernández, Aguadilla, de los que Reuters informó primero el 9 de septiembre de 2025. El mismo reportaje sitúa los F-35B en la base Muñiz de la Guardia Nacional Aérea, en San Juan.'
	},
	f35Ceiba: {
		note: 'Los primeros cazas aterrizaron en la antigua base Roosevelt Roads, en Ceiba; otros medios nombraron la base Muñiz, en San Juan.'
	},
	iwoJimaGroup: {},
	lakeErie: {
		title: 'Información sobre el paso del crucero USS Lake Erie por el canal de Panamá',
		note: 'El crucero cruzó las esclusas de Pedro Miguel la noche del 29 de agosto de 2025; su posición posterior no se ha hecho pública.'
	},
	f35PuertoRico: {
		note: 'También informa de los destructores Gravely, Jason Dunham y Sampson, enviados a la región a fines de agosto. Informes posteriores nombran otros destructores, así que el mapa muestra los tres solo en agosto y septiembre.'
	},
	personnelNovember: {
		title:
			'Información sobre el despliegue de infantes de marina en el Caribe, a pocas millas de la costa venezolana',
		note: 'Casi una docena de buques y unos 12.000 marineros e infantes de marina en la región con el Ford, una de las mayores fuerzas de EE. UU. enviadas al Caribe en décadas. No se encontró un cable ni un comunicado de la Armada con el total; algunos medios dan 15.000, cifra no confirmada.'
	},
	southcom: {
		note: 'El grupo de ataque del Ford y el Ala Aérea Embarcada 8 entran en la zona del Comando Sur. Las posiciones de los buques casi nunca se publican; en el mapa son aproximadas.'
	},
	fordCaribbean: {
		note: 'Recoge el comunicado de la Armada según el cual el grupo cruzó el paso de Anegada hacia el Caribe el 16 de noviembre.'
	},
	fordNewest: {
		title: 'Información sobre la llegada del USS Gerald R. Ford a aguas latinoamericanas',
		note: 'Describe al Ford como el portaaviones más nuevo de la Armada.'
	},
	fordLargest: {
		note: 'El pie de foto de la Armada llama al Ford el portaaviones más grande del mundo, en operaciones en el mar Caribe.'
	},
	buildupScale: {
		title: 'Información sobre la fuerza naval de EE. UU. en el Caribe',
		note: 'Uno de varios medios que llamaron al despliegue la mayor concentración de fuerzas de EE. UU. en la región en décadas: una valoración, no un conteo.'
	},
	bomberFlights: {
		title: 'Información sobre la «demostración de ataque con bombarderos» B-52 frente a Venezuela',
		note: 'Tres bombarderos B-52H, según datos de seguimiento de vuelos, con cazas F-35B el 15 de octubre, en una órbita al norte de Caracas.'
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
		note: 'Natural Earth 4.1.0, dominio público, en el paquete world-atlas 2.0.2. Dibuja las fronteras de hecho: el Esequibo, que Venezuela reclama, aparece como parte de Guyana.'
	},
	strikeTally: {
		title: 'Información sobre el ataque anunciado número 21 contra una lancha, en el Pacífico oriental',
		note: 'Cifras anunciadas por el Pentágono y el Comando Sur: 83 muertos, incluido un sobreviviente dado por muerto; no se publicaron coordenadas de ningún ataque. Los ataques entre el 15 de septiembre y el 24 de octubre se fechan con reportes únicos. También informa que algunos expertos han dicho que los ataques podrían violar el derecho estadounidense e internacional, y que el gobierno dijo al Congreso que no necesita su aprobación.'
	},
	strikeJustification: {
		note: 'Especialistas en las leyes sobre el uso de la fuerza han calificado los ataques de homicidios ilegales; el gobierno dice que Estados Unidos está en un conflicto armado formal con los cárteles de la droga.'
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
	},
	abduction: {
		note: 'Posterior a la fecha de la historia. Su abogado, Barry Pollack, calificó la captura de «secuestro militar» y dijo que impugnaría su legalidad.'
	},
	hearingMoved: {
		note: 'Posterior a la fecha de la historia. A pedido de la fiscalía y con el consentimiento de la defensa, el juez Hellerstein trasladó la audiencia del 17 al 26 de marzo de 2026.'
	},
	amnestyLaw: {
		note: 'Posterior a la fecha de la historia. Rodríguez promulgó la ley el 19 de febrero de 2026; Foro Penal contaba 448 excarcelaciones verificadas desde el 8 de enero y más de 600 presos políticos aún detenidos.'
	},
	noElection: {
		note: 'Posterior a la fecha de la historia. Jorge Rodríguez dijo que no habría elecciones «en este periodo inmediato».'
	},
	electionsPromise: {
		note: 'Posterior a la fecha de la historia. Delcy Rodríguez prometió elecciones libres y justas, con un calendario que fijaría el diálogo político.'
	},
	dismissMotion: {
		note: 'Posterior a la fecha de la historia. Los abogados de Maduro pidieron desestimar la acusación: el Tesoro primero autorizó y luego bloqueó que Venezuela pagara su defensa. El resultado no se cubre aquí.'
	}
};

export type SourceId = keyof typeof sources;

/**
 * What would stop a reader checking a source: an entry that names several outlets (a comma or a
 * semicolon between them) with no link to one report. Cite one dated, linked report per claim.
 */
export function sourceProblems(entries: Record<string, Source>): string[] {
	return Object.entries(entries).flatMap(([id, source]) =>
		/[,;]/.test(source.publisher) && !source.url
			? [`source "${id}" names several publishers (${source.publisher}) and links none: cite one report each`]
			: []
	);
}

const problems = sourceProblems(sources);
if (problems.length > 0) throw new Error(`src/lib/data/sources.ts: ${problems.join('; ')}`);

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
	const words: (typeof sourcesEs)[SourceId] = { en: {}, es: sourcesEs[id] }[locale];
	return {
		...source,
		...words,
		titleLang: words.title ? locale : (source.lang ?? 'en'),
		date: dateIn(source.date, locale)
	};
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
