/** Input checks of the article module: bills of materials, articles and suppliers' tier-2 inputs. */
import { z } from 'zod';
import { ISO_COUNTRY_CODES, isValidGtin } from '@filiera/shared';

const MAX_COMPONENTS = 50;
const MAX_INPUTS = 20;

export const uuid = z.uuid({ message: 'is not a valid id' });
export const isUuid = (id: string) => uuid.safeParse(id).success;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `is longer than ${max} characters` });
/** Optional text: blank becomes null. */
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);
const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => ISO_COUNTRY_CODES.has(c), {
    message: 'is not an ISO 3166-1 country code',
    params: { reason: 'invalid_country' },
  })
  .nullish()
  .transform((v) => v ?? null);
const percent = z
  .number({ message: 'must be a number' })
  .min(0, { message: 'must be between 0 and 100' })
  .max(100, { message: 'must be between 0 and 100' });
const over100 = (sum: number) => sum > 100.001;

/** A source is a district supplier or a country outside the district, never both. */
function checkOneSource(supplier: string | null, outsideCountry: string | null, issue: z.RefinementCtx) {
  if (supplier && outsideCountry) {
    issue.addIssue({
      code: 'custom',
      path: ['outsideCountry'],
      message: 'is for a supplier outside the district, not with a district supplier',
      params: { reason: 'two_sources' },
    });
  }
}

const componentSchema = z
  .object({
    capabilityId: uuid,
    supplierId: uuid.nullish().transform((v) => v ?? null),
    outsideCountry: country,
    outsideRegion: optionalText(100),
    material: optionalText(200),
    composition: z
      .array(z.object({ material: text(100).min(1, { message: 'is required' }), percent }))
      .max(10, { message: 'has more than 10 materials' })
      .nullish()
      .transform((v) => v ?? []),
    originCountry: country,
    originRegion: optionalText(100),
    weightSharePercent: percent,
    certifications: z
      .array(text(100).min(1, { message: 'is required' }))
      .max(10, { message: 'has more than 10 certifications' })
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((v, issue) => {
    checkOneSource(v.supplierId, v.outsideCountry, issue);
    // A composition may be partial (the rest not declared), never more than the whole component.
    const total = v.composition.reduce((s, m) => s + m.percent, 0);
    if (over100(total)) {
      issue.addIssue({
        code: 'custom',
        path: ['composition'],
        message: `adds up to ${Math.round(total * 10) / 10}%, more than 100%`,
        params: { reason: 'over_100' },
      });
    }
  });

const componentsSchema = z
  .array(componentSchema)
  .max(MAX_COMPONENTS, { message: `has more than ${MAX_COMPONENTS} lines` })
  .superRefine((lines, issue) => {
    const total = lines.reduce((s, l) => s + l.weightSharePercent, 0);
    if (over100(total)) {
      issue.addIssue({
        code: 'custom',
        message: `weight shares add up to ${Math.round(total * 10) / 10}%, more than 100%`,
        params: { reason: 'over_100' },
      });
    }
  });

const gtin = z
  .string()
  .trim()
  .refine((g) => g === '' || isValidGtin(g), {
    message: 'is not a GTIN (8, 12, 13 or 14 digits with a valid check digit)',
    params: { reason: 'invalid_gtin' },
  });

const articleFields = {
  code: text(40).min(1, { message: 'is required' }),
  name: text(200).min(1, { message: 'is required' }),
  productLine: optionalText(60),
  season: optionalText(40),
  photoAlt: optionalText(200),
};
export const createSchema = z.object({
  ...articleFields,
  gtin: gtin.nullish().transform((v) => v || null),
  components: componentsSchema,
});
export const updateSchema = z.object({
  id: uuid,
  version: z.number().int().min(1),
  code: articleFields.code.nullish(),
  name: articleFields.name.nullish(),
  productLine: articleFields.productLine.optional(),
  season: articleFields.season.optional(),
  photoAlt: articleFields.photoAlt.optional(),
  gtin: gtin.nullish(),
  components: componentsSchema.nullish(),
});
export type ComponentInput = z.infer<typeof componentSchema>;

const inputLineSchema = z
  .object({
    inputCapabilityId: uuid,
    inputSupplierId: uuid.nullish().transform((v) => v ?? null),
    outsideCountry: country,
    outsideRegion: optionalText(100),
    material: optionalText(200),
    originCountry: country,
    originRegion: optionalText(100),
    sharePercent: percent,
  })
  .superRefine((v, issue) => checkOneSource(v.inputSupplierId, v.outsideCountry, issue));
export const setInputsSchema = z.object({
  capabilityId: uuid,
  lines: z
    .array(inputLineSchema)
    .max(MAX_INPUTS, { message: `has more than ${MAX_INPUTS} lines` })
    .superRefine((lines, issue) => {
      const total = lines.reduce((s, l) => s + l.sharePercent, 0);
      if (over100(total)) {
        issue.addIssue({
          code: 'custom',
          message: `shares add up to ${Math.round(total * 10) / 10}%, more than 100%`,
          params: { reason: 'over_100' },
        });
      }
    }),
});
