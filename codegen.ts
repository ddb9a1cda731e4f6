import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', JSON: 'unknown' };

/**
 * One schema (the API's .graphql files), three outputs:
 * - the API's resolver types, mapped to the TypeORM entities;
 * - the schema's enums and inputs in packages/shared, for domain rules used on both sides;
 * - the web app's typed documents (client preset, fragment masking).
 */
const config: CodegenConfig = {
  schema: 'apps/api/src/**/*.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        scalars: { DateTime: 'Date | string', JSON: 'unknown' },
        enumsAsTypes: true,
        useIndexSignature: false,
        mappers: {
          User: '../modules/user/user.entity.js#UserEntity',
          Me: '../modules/auth/auth.service.js#MeModel',
          Firm: '../modules/firm/firm.entity.js#FirmEntity',
          Capability: '../modules/capability/capability.entity.js#CapabilityEntity',
          Invitation: '../modules/user/invitation.entity.js#InvitationEntity',
          AuditEntry: '../modules/audit/audit-entry.entity.js#AuditEntryEntity',
        },
      },
    },
    'packages/shared/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsConst: true, scalars, onlyEnums: false },
    },
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, scalars, enumsAsConst: true },
    },
  },
};

export default config;
