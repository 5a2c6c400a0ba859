import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const INPUTS = join(ROOT, 'shared/domain/inputs.ts');

/** The last lever of LEVER_IDS as inputs.ts writes it: the new id goes after it. */
const LAST_LEVER = "  'openness',\n] as const;";

/**
 * What must handle every input, outside `shared/` (which is checked whole): the renderer's input
 * catalogues and the per-input steps of its controls. They are type-checked with the shared code
 * rather than with the whole renderer, which would take several times as long.
 */
const RENDERER_ROOTS = [
  'renderer/src/i18n/en.ts',
  'renderer/src/i18n/zh-cn.ts',
  'renderer/src/components/input-format.ts',
];

export interface NewLeverTypeError {
  /** The file, relative to the repository, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Every non-test TypeScript file of `shared/` (what shared/tsconfig.json type-checks). */
function sharedFiles(): string[] {
  const config = ts.readConfigFile(join(ROOT, 'shared/tsconfig.json'), (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, join(ROOT, 'shared')).fileNames;
}

/**
 * Type-checks the shared code and the renderer's input catalogues as they would be with `lever` added
 * to LEVER_IDS in shared/domain/inputs.ts, without writing anything: the compiler reads inputs.ts
 * patched in memory and every other file from the tree. Returns each error with where it is.
 */
export function typeErrorsWithNewLever(lever: string): NewLeverTypeError[] {
  const source = readFileSync(INPUTS, 'utf8');
  if (!source.includes(LAST_LEVER)) {
    throw new Error(`shared/domain/inputs.ts no longer ends LEVER_IDS with ${JSON.stringify(LAST_LEVER)}`);
  }
  const patched = source.replace(LAST_LEVER, `  'openness',\n  '${lever}',\n] as const;`);
  const options: ts.CompilerOptions = {
    ...ts.convertCompilerOptionsFromJson(
      ts.readConfigFile(join(ROOT, 'tsconfig.base.json'), (path) => ts.sys.readFile(path)).config
        .compilerOptions,
      ROOT,
    ).options,
    // The renderer's catalogues are checked as the renderer's tsconfig does, DOM included.
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) =>
    resolve(fileName) === INPUTS
      ? ts.createSourceFile(fileName, patched, language)
      : readSource(fileName, language, onError, create);
  const roots = [...sharedFiles(), ...RENDERER_ROOTS.map((file) => join(ROOT, file))];
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file;
    const at =
      file && diagnostic.start !== undefined
        ? file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    return {
      file: file ? relative(ROOT, file.fileName).split('\\').join('/') : '(options)',
      line: at ? at.line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    };
  });
}
