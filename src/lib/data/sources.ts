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

export function sourceRef(id: SourceId): SourceRef {
	return { label: sources[id].publisher, url: sources[id].url };
}
