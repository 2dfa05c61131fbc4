/**
 * Vocabulary of the generated dataset: common Swedish given and family names (SCB's name statistics
 * list them among the most frequent), professions that sit in the knowledge-management groups, and
 * subjects of working groups. Fictitious people; any likeness to a real person is chance.
 */
export const GIVEN_FEMALE = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Christina', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Marie', 'Malin', 'Jenny', 'Hanna',
  'Linda', 'Annika', 'Susanne', 'Elin', 'Monica', 'Sofia', 'Johanna', 'Camilla', 'Åsa', 'Ulla', 'Helena', 'Ylva', 'Linnéa', 'Therese',
  'Frida', 'Caroline', 'Maja', 'Ida', 'Cecilia', 'Birgitta', 'Anneli', 'Jessica', 'Pernilla', 'Agneta', 'Louise', 'Märta',
];
export const GIVEN_MALE = [
  'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik', 'Hans', 'Andreas',
  'Stefan', 'Mats', 'Magnus', 'Jonas', 'Niklas', 'Martin', 'Bengt', 'Björn', 'Göran', 'Henrik', 'Oskar', 'Marcus', 'David', 'Olof',
  'Mattias', 'Patrik', 'Gustav', 'Nils', 'Tomas', 'Viktor', 'Sven', 'Åke', 'Jörgen', 'Ulf', 'Håkan', 'Östen',
];
export const FAMILY = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson',
  'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson', 'Berg', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson',
  'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson',
  'Håkansson', 'Lundin', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist',
  'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson',
  'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund', 'Nordin', 'Ström', 'Åberg',
  'Holmgren', 'Öberg', 'Sundberg', 'Marklund', 'Sjödin', 'Strömberg', 'Hedlund', 'Dahlberg', 'Falk', 'Norberg', 'Åström',
];

/** Professions with rough weights (physicians and nurses dominate the groups). */
export const PROFESSIONS: readonly (readonly [string, number])[] = [
  ['Läkare', 40], ['Sjuksköterska', 22], ['Fysioterapeut', 6], ['Psykolog', 5], ['Arbetsterapeut', 4], ['Barnmorska', 3],
  ['Dietist', 2], ['Logoped', 2], ['Farmaceut', 3], ['Kurator', 2], ['Tandläkare', 2], ['Biomedicinsk analytiker', 2],
  ['Verksamhetsutvecklare', 5], ['Patientföreträdare', 2],
];

/** Subjects of national working groups (NAG) under a programme area. */
export const NAG_SUBJECTS = [
  'Kunskapsstöd', 'Vårdförlopp', 'Uppföljning och analys', 'Läkemedel', 'Prevention', 'Rehabilitering', 'Diagnostik',
  'Kompetensförsörjning', 'Digitala vårdtjänster', 'Nivåstrukturering',
];

/** Subjects of regional process teams (RPT) beyond the national care pathways. */
export const RPT_SUBJECTS = [
  'Palliativ vård', 'Sköra äldre', 'Traumatisk hjärnskada', 'Cancerrehabilitering', 'Stroke', 'Hjärtsvikt', 'Diabetes', 'KOL',
  'Astma', 'Depression', 'Ångestsyndrom', 'Demens', 'Höftfraktur', 'Sepsis', 'Endometrios', 'Reumatoid artrit', 'Psoriasis',
  'Glaukom', 'Katarakt', 'Smärta', 'Fetma', 'Graviditetsdiabetes', 'ADHD', 'Autism', 'Schizofreni', 'Bipolär sjukdom',
  'Ätstörningar', 'Njursvikt', 'Epilepsi', 'Parkinson', 'Multipel skleros', 'Migrän', 'Ryggsmärta', 'Artros', 'Osteoporos',
  'Urininkontinens', 'Prostatacancer', 'Bröstcancer', 'Tjocktarmscancer', 'Lungcancer', 'Hudcancer', 'Levnadsvanor',
  'Läkemedelsgenomgångar', 'Sällsynta sjukdomar', 'Munhälsa', 'Barnobesitas', 'Förlossningsvård', 'Infektioner',
];

/** Mail domain of a region's staff: "Region Jämtland Härjedalen" → "regionjamtlandharjedalen.se". */
export function mailDomain(regionName: string): string {
  return `${asciiFold(regionName).replace(/[^a-z]/g, '')}.se`;
}

export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
