import JSZip from 'jszip';
import { createRequire } from 'node:module';

/** The streaming parser under jsdom's `DOMParser` (jsdom ships no type declarations), typed by hand. */
interface SaxesParser {
  on(event: 'error', handler: (error: Error) => void): void;
  write(chunk: string): SaxesParser;
  close(): SaxesParser;
}
// Resolved from jsdom, so it is the very parser (and version) jsdom's DOMParser runs.
const jsdomRequire = createRequire(createRequire(import.meta.url).resolve('jsdom'));
const { SaxesParser } = jsdomRequire('saxes') as {
  SaxesParser: new (options: Record<string, unknown>) => SaxesParser;
};

/**
 * Why `xml` is not well-formed XML 1.0, or undefined when it is: strict about characters and namespaces,
 * with the options jsdom's `DOMParser` gives its parser, but without building a document no one reads.
 */
export function xmlProblem(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, defaultXMLVersion: '1.0', forceXMLVersion: true });
  let problem: string | undefined;
  parser.on('error', (error) => {
    // The first error, as the DOM parser reports it; the ones that follow are its consequences.
    problem ??= error.message;
  });
  parser.write(xml).close();
  return problem;
}

/**
 * Every XML part of an Office file, by name, including those of the files embedded in it (a deck's
 * charts carry their data as embedded workbooks: `ppt/embeddings/x.xlsx!xl/worksheets/sheet1.xml`).
 */
export async function officeXmlParts(bytes: Uint8Array, prefix = ''): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (!file) continue;
    if (/\.(xml|rels)$/.test(name)) parts.set(prefix + name, await file.async('string'));
    else if (/\.(xlsx|docx|pptx)$/.test(name)) {
      const inner = await officeXmlParts(await file.async('uint8array'), `${prefix}${name}!`);
      for (const [innerName, xml] of inner) parts.set(innerName, xml);
    }
  }
  return parts;
}
