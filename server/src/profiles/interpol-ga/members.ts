/**
 * Number of INTERPOL member countries by year, following the admissions voted
 * at each General Assembly session (press figures are noisy).
 *
 * A figure holds from its year until the next figure; years between two
 * figures (1998–2000, 2006) carry the earlier one and may be short by one or
 * two admissions. The count of a session year is the count after that
 * session's admissions, which is the figure its resolutions would cite.
 */

export interface MemberCount {
  /** First year the figure applies to. */
  from: number
  count: number
  source: string
}

/** Member counts, in order of year. */
export const memberCounts: readonly MemberCount[] = [
  {from: 1996, count: 176, source: 'Netherlands police note of 4 Nov 1996 on the 65th session: "120 van de 176 aangesloten politie-organisaties" (expydoc.com/doc/6683725)'},
  {from: 1997, count: 177, source: 'India Post stamp note for the 66th session (1997): "a present membership of 177 countries" (indianphilatelics.com)'},
  {from: 2001, count: 179, source: 'interpol.int/avalon.law.yale.edu (Sep 2001): "Interpol\'s 179 member countries"'},
  {from: 2002, count: 181, source: 'interpol.int news 21 Oct 2002: Afghanistan and East Timor admitted, "ce qui porte à 181 le nombre total de membres"'},
  {from: 2004, count: 182, source: 'interpol.int news 8 Oct 2004: Tajikistan admitted at Cancún (the next after 181)'},
  {from: 2005, count: 184, source: 'interpol.int media release 19 Sep 2005: two new countries join at Berlin (FACTS.md)'},
  {from: 2007, count: 186, source: 'FACTS.md (interpol.int, national police sites)'},
  {from: 2008, count: 187, source: 'FACTS.md (interpol.int, national police sites)'},
  {from: 2009, count: 188, source: 'FACTS.md; interpol.int news 6 Nov 2009: "each of the organization\'s 188 member countries"'},
  {from: 2011, count: 190, source: 'FACTS.md; interpol.int 2013: "nuestros 190 países miembros"'},
  {from: 2017, count: 192, source: 'interpol.int news 2017: Palestine and Solomon Islands admitted at Beijing, "192 pays membres"'},
  {from: 2018, count: 194, source: 'FACTS.md; justice.gov: Kiribati and Vanuatu admitted at Dubai in 2018'},
  {from: 2021, count: 195, source: 'FACTS.md: Micronesia admitted at Istanbul in 2021 as the 195th member country'},
  {from: 2023, count: 196, source: 'FACTS.md: Palau admitted at the Vienna session (Nov–Dec 2023); rednoticemonitor.com'}
]

/** Member countries in a year, or undefined before the first known figure (1996). */
export function membersInYear(year: number): number | undefined {
  let count: number | undefined
  for (const entry of memberCounts) {
    if (entry.from > year) break
    count = entry.count
  }
  return count
}
