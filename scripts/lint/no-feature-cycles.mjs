// ESLint rule `local/no-feature-cycles`: the views in renderer/src/features/* do not import each other
// in a cycle (docs/architecture.md). It works on features, not files: `compare` importing the library's
// download while `library` imports compare's button is a cycle even though no file imports itself.
// An import counts whether direct or through files outside features/ (components/, store/, …), type
// imports included: a feature that names another's types knows it.
//
// The rule reads the other files of the interface from disk (kept while their size and time are the
// same) and the linted file from the editor's text. A new cycle is reported on the import that closes
// it, in the file that gained that import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.(ts|tsx)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every source file under `folder` (tests left out: they may import what they test from anywhere). */
function sourceFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !TEST.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importsCache = new Map();

/** The relative module specifiers a file imports (static, dynamic and type imports), cached by size and time. */
function importsOf(file) {
  const stat = statSync(file);
  const cached = importsCache.get(file);
  if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.imports;
  const imports = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'));
  importsCache.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, imports });
  return imports;
}

function resolveImport(fromFile, specifier, known) {
  const base = resolve(dirname(fromFile), specifier);
  for (const suffix of RESOLVE_SUFFIXES) if (known.has(base + suffix)) return base + suffix;
  return undefined;
}

/** The feature a file belongs to (its folder under features/), or undefined outside features/. */
function featureOf(featuresDir, file) {
  const inside = relative(featuresDir, file);
  if (inside.startsWith('..') || !inside.includes(sep)) return undefined;
  return inside.split(sep)[0];
}

let graphCache;

/** The interface's files and their feature graph, computed again only when some file's imports changed. */
function currentGraph(sourceRoot, featuresDir) {
  const files = sourceFiles(sourceRoot);
  const key = `${featuresDir}\n${files.map((file) => `${file} ${importsOf(file).join(' ')}`).join('\n')}`;
  if (graphCache?.key !== key)
    graphCache = { key, files: new Set(files), graph: featureGraph(files, featuresDir) };
  return graphCache;
}

/**
 * The features each feature imports, each edge with one example (the importing file and the imported
 * one): found by walking from the feature's files through files outside features/, stopping at files of
 * other features.
 */
function featureGraph(files, featuresDir) {
  const known = new Set(files);
  const importsResolved = (file) =>
    importsOf(file)
      .map((specifier) => resolveImport(file, specifier, known))
      .filter((target) => target !== undefined);
  const graph = new Map();
  for (const file of files) {
    const from = featureOf(featuresDir, file);
    if (from === undefined) continue;
    const edges = graph.get(from) ?? new Map();
    graph.set(from, edges);
    const seen = new Set([file]);
    const queue = importsResolved(file).map((target) => ({ target, via: file }));
    while (queue.length > 0) {
      const { target, via } = queue.shift();
      if (seen.has(target)) continue;
      seen.add(target);
      const to = featureOf(featuresDir, target);
      if (to === from) continue;
      if (to !== undefined) {
        if (!edges.has(to)) edges.set(to, { file, via, target });
        continue;
      }
      for (const next of importsResolved(target)) queue.push({ target: next, via: target });
    }
  }
  return graph;
}

/** A path of features from `start` to `goal` (breadth first). */
function featurePath(graph, start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const feature = queue.shift();
    if (feature === goal) {
      const path = [];
      for (let at = goal; at !== undefined; at = previous.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(feature)?.keys() ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, feature);
      queue.push(next);
    }
  }
  return undefined;
}

/** Every pair of features that are on a cycle together through an import of one by the other ("a ↔ b", sorted). */
export function cyclicPairs(featuresDir) {
  const { graph } = currentGraph(dirname(featuresDir), featuresDir);
  const pairs = new Set();
  for (const [from, edges] of graph)
    for (const to of edges.keys()) if (featurePath(graph, to, from)) pairs.add([from, to].sort().join(' ↔ '));
  return [...pairs].sort();
}

export const noFeatureCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbids cycles between the features in renderer/src/features/*.' },
    schema: [
      {
        type: 'object',
        properties: {
          featuresDir: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        'features/{{from}} imports features/{{to}} here, and features/{{to}} imports features/{{from}} back ({{back}}): features must not import each other in a cycle. Move what they share to components/ or the domain (docs/architecture.md).',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const featuresDir = resolve(context.cwd, options.featuresDir ?? 'renderer/src/features');
    const sourceRoot = dirname(featuresDir);
    const from = featureOf(featuresDir, context.filename);
    if (from === undefined || TEST.test(context.filename)) return {};
    let graph;
    let files;

    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      if (!graph) ({ graph, files } = currentGraph(sourceRoot, featuresDir));
      const target = resolveImport(context.filename, source, files);
      if (target === undefined) return;
      // The features this import reaches: the target's own, or those reached through files outside features/.
      const direct = featureOf(featuresDir, target);
      const reached = direct !== undefined ? [direct] : reachedThrough(target);
      for (const to of reached) {
        if (to === from) continue;
        const back = featurePath(graph, to, from);
        if (!back) continue;
        const first = graph.get(back[0]).get(back[1]);
        const example = `${relative(sourceRoot, first.via)} imports ${relative(sourceRoot, first.target)}`;
        context.report({
          node,
          messageId: 'cycle',
          data: { from, to, back: `${back.join(' → ')}; ${example}` },
        });
      }
    };

    /** Features reached from a file outside features/, through files outside features/. */
    const reachedThrough = (start) => {
      const found = new Set();
      const seen = new Set();
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift();
        if (seen.has(file)) continue;
        seen.add(file);
        const feature = featureOf(featuresDir, file);
        if (feature !== undefined) {
          found.add(feature);
          continue;
        }
        for (const specifier of importsOf(file)) {
          const next = resolveImport(file, specifier, files);
          if (next) queue.push(next);
        }
      }
      return [...found];
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-feature-cycles': noFeatureCycles } };
