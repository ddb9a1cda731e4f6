import type { PassportModel, PassportPartyModel } from './article.passport.js';

const partyUri = (publicUrl: string, id: string | null, p: PassportPartyModel) =>
  p.showcaseFirmId ? `${publicUrl}/showcase/firms/${p.showcaseFirmId}` : id ? `urn:uuid:${id}` : undefined;

/** Material names of the bill, each once, in order. */
const materialsOf = (m: Omit<PassportModel, 'untp' | 'jsonLd'>) => [
  ...new Set(
    m.components.flatMap((c) =>
      c.composition.length ? c.composition.map((x) => x.material) : c.material ? [c.material] : [],
    ),
  ),
];

/**
 * schema.org Product: what search engines and shopping tools read. `hasDigitalProductPassport` points at
 * this passport's page (the property the EU DPP discussion uses; consumers that do not know it skip it).
 */
export function productJsonLd(
  m: Omit<PassportModel, 'untp' | 'jsonLd'>,
  publicUrl: string,
): Record<string, unknown> {
  const maker = m.manufacturer;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${m.url}#product`,
    name: m.name,
    sku: m.code,
    ...(m.gtin ? { gtin: m.gtin } : {}),
    ...(m.productLine ? { category: m.productLine } : {}),
    url: m.url,
    brand: { '@type': 'Brand', name: maker.name },
    manufacturer: {
      '@type': 'Organization',
      name: maker.name,
      ...(maker.showcaseFirmId ? { url: `${publicUrl}/showcase/firms/${maker.showcaseFirmId}` } : {}),
      address: {
        '@type': 'PostalAddress',
        addressLocality: maker.municipality,
        addressRegion: maker.province,
        postalCode: maker.postcode,
        addressCountry: maker.country,
      },
    },
    ...(m.photoUrl ? { image: m.photoUrl } : {}),
    countryOfOrigin: { '@type': 'Country', name: m.countryOfAssembly },
    countryOfAssembly: m.countryOfAssembly,
    material: materialsOf(m),
    hasDigitalProductPassport: m.url,
  };
}

/**
 * The passport as a UNTP (UN/CEFACT spec-untp, DPP 0.6) ProductPassport credential subject; the
 * field-by-field mapping is docs/passport-untp.md. Not signed: a verifiable credential wraps it.
 */
export function untpPassport(
  m: Omit<PassportModel, 'untp' | 'jsonLd'>,
  publicUrl: string,
): Record<string, unknown> {
  const maker = m.manufacturer;
  const issuer = { type: ['Party'], id: partyUri(publicUrl, null, maker) ?? m.url, name: maker.name };
  const tier = (n: number) =>
    (m.traceability.tiers.find((t) => t.tier === n)?.tracedWeightPercent ?? 0) / 100;
  return {
    type: ['ProductPassport'],
    id: m.url,
    issuedBy: issuer,
    product: {
      type: ['Product'],
      id: m.qrTarget,
      name: m.name,
      registeredId: m.gtin ?? m.code,
      idScheme: m.gtin
        ? {
            type: ['IdentifierScheme'],
            id: 'https://id.gs1.org/01/',
            name: 'Global Trade Item Number (GTIN)',
          }
        : {
            type: ['IdentifierScheme'],
            id: `${publicUrl}/showcase/passports/`,
            name: 'Filiera article code',
          },
      idGranularity: 'model',
      productCategory: m.productLine
        ? [{ type: ['Classification'], code: m.productLine, name: m.productLine }]
        : [],
      producedByParty: issuer,
      countryOfProduction: m.countryOfAssembly,
    },
    materialsProvenance: m.components
      .filter((c) => c.weightSharePercent > 0)
      .map((c) => ({
        type: ['Material'],
        name: c.material ?? c.capability.labelEn,
        originCountry: c.originCountry ?? c.outsideCountry ?? (c.supplier ? c.supplier.country : null),
        materialType: {
          type: ['Classification'],
          code: c.capability.code,
          name: c.capability.labelEn,
          schemeName: 'Filiera capabilities',
        },
        massFraction: Math.round(c.weightSharePercent * 10) / 1000,
        hazardous: false,
      })),
    traceabilityInformation: [
      ...m.components.map((c) => ({
        type: ['TraceabilityPerformance'],
        valueChainProcess: c.capability.labelEn,
        // A district supplier is on a link both firms confirmed; outside or unknown sources are declared only.
        verifiedRatio: c.supplier ? 1 : 0,
        traceabilityEvent: [],
      })),
    ],
    traceabilityTiers: [
      { tier: 1, tracedMassFraction: tier(1) },
      { tier: 2, tracedMassFraction: tier(2) },
    ],
    conformityClaim: m.components.flatMap((c, i) =>
      c.certifications.map((cert, j) => ({
        type: ['Claim'],
        id: `${m.url}#claim-${i + 1}-${j + 1}`,
        conformityTopic: 'environment.chemicals',
        referenceStandard: { type: ['Standard'], name: cert },
        conformance: true,
        assessedElement: c.capability.labelEn,
      })),
    ),
  };
}
