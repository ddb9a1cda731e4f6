/**
 * Materials of shoes and their components in Italian and English: a bill of materials names a material
 * as the factory writes it; a name of this vocabulary (in either language, any case) is shown in the
 * reader's language on the passport, and the editor suggests these names.
 */
export const MATERIALS: readonly { it: string; en: string }[] = [
  { it: 'Pelle di vitello', en: 'Calf leather' },
  { it: 'Pelli grezze bovine', en: 'Raw bovine hides' },
  { it: 'Pelle bovina', en: 'Bovine leather' },
  { it: 'Pelle di capretto', en: 'Kid leather' },
  { it: 'Pelle scamosciata', en: 'Suede' },
  { it: 'Nappa', en: 'Nappa leather' },
  { it: 'Vernice', en: 'Patent leather' },
  { it: 'Tomaia in pelle', en: 'Leather upper' },
  { it: 'Cuoio', en: 'Sole leather' },
  { it: 'Cuoio e gomma', en: 'Leather and rubber' },
  { it: 'Gomma', en: 'Rubber' },
  { it: 'Gomma naturale', en: 'Natural rubber' },
  { it: 'Poliuretano', en: 'Polyurethane' },
  { it: 'EVA', en: 'EVA' },
  { it: 'TPU', en: 'TPU' },
  { it: 'ABS rivestito in pelle', en: 'Leather-covered ABS' },
  { it: 'Legno', en: 'Wood' },
  { it: 'Sughero', en: 'Cork' },
  { it: 'Cotone', en: 'Cotton' },
  { it: 'Cotone biologico', en: 'Organic cotton' },
  { it: 'Lacci in cotone', en: 'Cotton laces' },
  { it: 'Lino', en: 'Linen' },
  { it: 'Lana', en: 'Wool' },
  { it: 'Poliestere', en: 'Polyester' },
  { it: 'Poliestere riciclato', en: 'Recycled polyester' },
  { it: 'Nylon', en: 'Nylon' },
  { it: 'Microfibra', en: 'Microfibre' },
  { it: 'Ottone', en: 'Brass' },
  { it: 'Acciaio', en: 'Steel' },
  { it: 'Alluminio', en: 'Aluminium' },
  { it: 'Zama', en: 'Zamak' },
  { it: 'Adesivo a base acqua', en: 'Water-based adhesive' },
  { it: 'Adesivo a base solvente', en: 'Solvent-based adhesive' },
  { it: 'Cartone', en: 'Cardboard' },
  { it: 'Cartone riciclato', en: 'Recycled cardboard' },
];

const byName = new Map(
  MATERIALS.flatMap((m) => [
    [m.it.toLocaleLowerCase('it'), m],
    [m.en.toLocaleLowerCase('en'), m],
  ]),
);

/** A material's name in the reader's language when the vocabulary knows it, else as written. */
export function materialLabel(name: string, lang: 'it' | 'en'): string {
  return byName.get(name.trim().toLocaleLowerCase(lang))?.[lang] ?? name;
}
