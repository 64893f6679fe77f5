// Causette – where chatters say they live: every French département (grouped by région) and every Belgian province
// (grouped by région), as ISO 3166-2 codes the gateway accepts ((FR|BE)-[A-Z0-9]{1,3}), and which public rooms
// are near each. Proper names stay in French for France; Belgian ones have their Dutch and English names.

const FR = [
  ['ARA', 'Auvergne-Rhône-Alpes', [['01', 'Ain'], ['03', 'Allier'], ['07', 'Ardèche'], ['15', 'Cantal'], ['26', 'Drôme'],
    ['38', 'Isère'], ['42', 'Loire'], ['43', 'Haute-Loire'], ['63', 'Puy-de-Dôme'], ['69', 'Rhône'], ['73', 'Savoie'],
    ['74', 'Haute-Savoie']]],
  ['BFC', 'Bourgogne-Franche-Comté', [['21', 'Côte-d’Or'], ['25', 'Doubs'], ['39', 'Jura'], ['58', 'Nièvre'],
    ['70', 'Haute-Saône'], ['71', 'Saône-et-Loire'], ['89', 'Yonne'], ['90', 'Territoire de Belfort']]],
  ['BRE', 'Bretagne', [['22', 'Côtes-d’Armor'], ['29', 'Finistère'], ['35', 'Ille-et-Vilaine'], ['56', 'Morbihan']]],
  ['CVL', 'Centre-Val de Loire', [['18', 'Cher'], ['28', 'Eure-et-Loir'], ['36', 'Indre'], ['37', 'Indre-et-Loire'],
    ['41', 'Loir-et-Cher'], ['45', 'Loiret']]],
  ['20R', 'Corse', [['2A', 'Corse-du-Sud'], ['2B', 'Haute-Corse']]],
  ['GES', 'Grand Est', [['08', 'Ardennes'], ['10', 'Aube'], ['51', 'Marne'], ['52', 'Haute-Marne'],
    ['54', 'Meurthe-et-Moselle'], ['55', 'Meuse'], ['57', 'Moselle'], ['67', 'Bas-Rhin'], ['68', 'Haut-Rhin'],
    ['88', 'Vosges']]],
  ['HDF', 'Hauts-de-France', [['02', 'Aisne'], ['59', 'Nord'], ['60', 'Oise'], ['62', 'Pas-de-Calais'], ['80', 'Somme']]],
  ['IDF', 'Île-de-France', [['75', 'Paris'], ['77', 'Seine-et-Marne'], ['78', 'Yvelines'], ['91', 'Essonne'],
    ['92', 'Hauts-de-Seine'], ['93', 'Seine-Saint-Denis'], ['94', 'Val-de-Marne'], ['95', 'Val-d’Oise']]],
  ['NOR', 'Normandie', [['14', 'Calvados'], ['27', 'Eure'], ['50', 'Manche'], ['61', 'Orne'], ['76', 'Seine-Maritime']]],
  ['NAQ', 'Nouvelle-Aquitaine', [['16', 'Charente'], ['17', 'Charente-Maritime'], ['19', 'Corrèze'], ['23', 'Creuse'],
    ['24', 'Dordogne'], ['33', 'Gironde'], ['40', 'Landes'], ['47', 'Lot-et-Garonne'], ['64', 'Pyrénées-Atlantiques'],
    ['79', 'Deux-Sèvres'], ['86', 'Vienne'], ['87', 'Haute-Vienne']]],
  ['OCC', 'Occitanie', [['09', 'Ariège'], ['11', 'Aude'], ['12', 'Aveyron'], ['30', 'Gard'], ['31', 'Haute-Garonne'],
    ['32', 'Gers'], ['34', 'Hérault'], ['46', 'Lot'], ['48', 'Lozère'], ['65', 'Hautes-Pyrénées'],
    ['66', 'Pyrénées-Orientales'], ['81', 'Tarn'], ['82', 'Tarn-et-Garonne']]],
  ['PDL', 'Pays de la Loire', [['44', 'Loire-Atlantique'], ['49', 'Maine-et-Loire'], ['53', 'Mayenne'], ['72', 'Sarthe'],
    ['85', 'Vendée']]],
  ['PAC', 'Provence-Alpes-Côte d’Azur', [['04', 'Alpes-de-Haute-Provence'], ['05', 'Hautes-Alpes'],
    ['06', 'Alpes-Maritimes'], ['13', 'Bouches-du-Rhône'], ['83', 'Var'], ['84', 'Vaucluse']]],
  ['OM', 'Outre-mer', [['971', 'Guadeloupe'], ['972', 'Martinique'], ['973', 'Guyane'], ['974', 'La Réunion'],
    ['976', 'Mayotte']]],
];

// [region code, {fr, nl, en}, provinces [code, {fr, nl, en}]]
const BE = [
  ['BRU', { fr: 'Bruxelles-Capitale', nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital' },
    [['BRU', { fr: 'Bruxelles-Capitale', nl: 'Brussel', en: 'Brussels' }]]],
  ['VLG', { fr: 'Flandre', nl: 'Vlaanderen', en: 'Flanders' }, [
    ['VAN', { fr: 'Anvers', nl: 'Antwerpen', en: 'Antwerp' }],
    ['VBR', { fr: 'Brabant flamand', nl: 'Vlaams-Brabant', en: 'Flemish Brabant' }],
    ['VWV', { fr: 'Flandre-Occidentale', nl: 'West-Vlaanderen', en: 'West Flanders' }],
    ['VOV', { fr: 'Flandre-Orientale', nl: 'Oost-Vlaanderen', en: 'East Flanders' }],
    ['VLI', { fr: 'Limbourg', nl: 'Limburg', en: 'Limburg' }]]],
  ['WAL', { fr: 'Wallonie', nl: 'Wallonië', en: 'Wallonia' }, [
    ['WBR', { fr: 'Brabant wallon', nl: 'Waals-Brabant', en: 'Walloon Brabant' }],
    ['WHT', { fr: 'Hainaut', nl: 'Henegouwen', en: 'Hainaut' }],
    ['WLG', { fr: 'Liège', nl: 'Luik', en: 'Liège' }],
    ['WLX', { fr: 'Luxembourg', nl: 'Luxemburg', en: 'Luxembourg' }],
    ['WNA', { fr: 'Namur', nl: 'Namen', en: 'Namur' }]]],
];

/** Option groups for the picker: [{label, options: [{value, label}]}], in the given language. */
export function regionGroups(lang) {
  const groups = FR.map(([, name, deps]) => ({
    label: name, country: 'FR', options: deps.map(([n, dep]) => ({ value: `FR-${n}`, label: `${dep} (${n})` })),
  }));
  for (const [, names, provinces] of BE) {
    groups.push({
      label: `${names[lang] || names.fr}`, country: 'BE',
      options: provinces.map(([code, p]) => ({ value: `BE-${code}`, label: p[lang] || p.fr })),
    });
  }
  return groups;
}

const NAMES = new Map();
const AREA = new Map(); // code -> the région (FR-XXX) or Belgian région (BE-XXX) it lies in
for (const [r, name, deps] of FR) {
  NAMES.set(`FR-${r}`, () => name);
  AREA.set(`FR-${r}`, `FR-${r}`);
  for (const [n, dep] of deps) { NAMES.set(`FR-${n}`, () => dep); AREA.set(`FR-${n}`, `FR-${r}`); }
}
for (const [r, names, provinces] of BE) {
  NAMES.set(`BE-${r}`, (lang) => names[lang] || names.fr);
  AREA.set(`BE-${r}`, `BE-${r}`);
  for (const [code, p] of provinces) {
    if (!NAMES.has(`BE-${code}`)) NAMES.set(`BE-${code}`, (lang) => p[lang] || p.fr);
    AREA.set(`BE-${code}`, `BE-${r}`);
  }
}

/** Display name of a region code (null when unknown). */
export function regionName(code, lang) {
  const f = NAMES.get(code);
  return f ? f(lang) : null;
}

// Seeded public rooms near a place: codes of départements/provinces (exact) and of régions (the whole area).
const ROOM_PLACES = {
  paris: ['FR-IDF', 'FR-75'],
  lyon: ['FR-ARA', 'FR-69'],
  marseille: ['FR-PAC', 'FR-13'],
  nice: ['FR-PAC', 'FR-06'],
  montpellier: ['FR-OCC', 'FR-34'],
  toulouse: ['FR-OCC', 'FR-31'],
  lille: ['FR-HDF', 'FR-59'],
  bordeaux: ['FR-NAQ', 'FR-33'],
  nantes: ['FR-PDL', 'FR-44'],
  rennes: ['FR-BRE', 'FR-35'],
  strasbourg: ['FR-GES', 'FR-67'],
  bruxelles: ['BE-BRU'],
  wallonie: ['BE-WAL'],
  liege: ['BE-WAL', 'BE-WLG'],
  'ados-belgique': ['BE-BRU', 'BE-VLG', 'BE-WAL'],
};

/** Whether a public room is a place (as opposed to a theme). */
export const isPlaceRoom = (roomId) => Object.hasOwn(ROOM_PLACES, roomId);

/**
 * How near a room is to the chatter's region: 2 for the very département/province, 1 for its région, 0 otherwise.
 */
export function nearness(roomId, region) {
  const places = ROOM_PLACES[roomId];
  if (!places || !region) return 0;
  if (places.includes(region)) return 2;
  const area = AREA.get(region);
  return area && places.includes(area) ? 1 : 0;
}
