import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:graphql-document/';
const RESOLVED = `\0${VIRTUAL}`;
/** One line per document in the client preset's graphql.ts: `export const XDocument = {…} as unknown as DocumentNode<…>;` */
const DOCUMENT_LINE = /^export const \w+ = (\{"kind":"Document".*\}) as unknown as DocumentNode</;

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Each `graphql(\`…\`)` call becomes an import of its own typed document, one module per document, so a
 * lazily loaded page carries its documents and the first page carries only the shell's.
 *
 * Why not the client preset's Babel plugin: it rewrites the calls into imports of named exports of the
 * single generated graphql.ts, and a module is never split between chunks, so every document any page
 * uses would still travel in one chunk imported by the entry. (It would also need Babel back in a build
 * that @vitejs/plugin-react 6 runs on Oxc.) Here the typed document is read from graphql.ts as generated
 * by `pnpm codegen` (the preset emits it as JSON), by the name of the operation or fragment the call
 * defines, so what is sent is exactly what the development build and the types use.
 *
 * Build only: the development server keeps the preset's runtime map, so codegen needs no restart there.
 */
export function graphqlDocuments(options: { artifact: string }): Plugin[] {
  let documents: Map<string, string> | undefined;
  const byName = (): Map<string, string> => (documents ??= readDocuments(options.artifact));

  return [
    {
      name: 'filiera:graphql-documents',
      apply: 'build',
      enforce: 'pre',
      buildStart() {
        documents = undefined;
      },
      resolveId: {
        filter: { id: new RegExp(`^${VIRTUAL}`) },
        handler: (id) => `\0${id}`,
      },
      load: {
        filter: { id: new RegExp(`^\0${VIRTUAL}`) },
        handler(id) {
          const name = id.slice(RESOLVED.length);
          const json = byName().get(name);
          if (json === undefined) return this.error(`no GraphQL document named ${name}`);
          return `export default ${json};`;
        },
      },
      transform: {
        filter: {
          id: { include: /\/src\/.*\.[jt]sx?$/, exclude: /\/(node_modules|gql)\// },
          code: 'graphql(`',
        },
        handler(code, id) {
          const lang = /\.tsx$/.test(id) ? 'tsx' : /\.ts$/.test(id) ? 'ts' : /\.jsx$/.test(id) ? 'jsx' : 'js';
          const program = this.parse(code, { lang }) as unknown as AstNode;
          const output = new MagicString(code);
          const imports = new Set<string>();
          walk(program, (node) => {
            const source = graphqlSource(node);
            if (source === undefined) return;
            if (!code.startsWith('graphql', node.start)) {
              this.error(`${id}: graphql() call found at an unexpected offset ${node.start}`);
            }
            const name = definitionName(source);
            if (!byName().has(name)) {
              this.error(`${id}: ${name} is not in ${options.artifact}; run \`pnpm codegen\``);
            }
            const local = `__graphql_${name}`;
            imports.add(`import ${local} from '${VIRTUAL}${name}';\n`);
            output.overwrite(node.start, node.end, local);
          });
          if (imports.size === 0) return null;
          output.prepend([...imports].join(''));
          return { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id }) };
        },
      },
    },
    {
      // The generated modules have no side effects: once the calls are rewritten nothing of gql.ts is
      // used, and saying so lets the bundler drop it instead of shipping an empty chunk with the entry.
      name: 'filiera:graphql-artifacts-pure',
      apply: 'build',
      transform: {
        filter: { id: /\/src\/gql\/[^/]+\.ts$/ },
        handler: (code) => ({ code, moduleSideEffects: false }),
      },
    },
  ];
}

/** The GraphQL text of a `graphql(\`…\`)` call without substitutions, or undefined for any other node. */
function graphqlSource(node: AstNode): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as AstNode;
  const args = node.arguments as AstNode[];
  if (callee.type !== 'Identifier' || callee.name !== 'graphql' || args.length !== 1) return undefined;
  const [template] = args;
  if (template?.type !== 'TemplateLiteral' || (template.expressions as unknown[]).length > 0)
    return undefined;
  const [quasi] = template.quasis as { value: { cooked: string } }[];
  return quasi?.value.cooked;
}

function definitionName(source: string): string {
  const [definition] = parse(source).definitions;
  if (
    (definition?.kind !== 'OperationDefinition' && definition?.kind !== 'FragmentDefinition') ||
    !definition.name
  ) {
    throw new Error(`a graphql() document must start with a named operation or fragment:\n${source}`);
  }
  return definition.name.value;
}

/** Operation or fragment name → the typed document's JSON, from the preset's graphql.ts. */
function readDocuments(artifact: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(artifact, 'utf8').split('\n')) {
    const json = DOCUMENT_LINE.exec(line)?.[1];
    if (json === undefined) continue;
    const document = JSON.parse(json) as { definitions: { name?: { value: string } }[] };
    const name = document.definitions[0]?.name?.value;
    if (name) map.set(name, json);
  }
  if (map.size === 0) throw new Error(`${artifact} holds no typed documents; run \`pnpm codegen\``);
  return map;
}

function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node !== null && typeof node === 'object') {
    if (typeof (node as AstNode).type === 'string') visit(node as AstNode);
    for (const value of Object.values(node))
      if (value !== null && typeof value === 'object') walk(value, visit);
  }
}
