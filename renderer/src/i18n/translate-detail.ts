import { detailEn } from './detail-en';

type Templates = typeof detailEn;
type Phrases = { readonly [K in keyof Templates['phrase']]: string };
type Sentences = { readonly [K in keyof Templates['sentence']]: string };

/** The templates of the language to translate into (same keys as `detailEn`). */
export interface DetailTemplates {
  readonly line: string;
  readonly more: string;
  readonly listSeparator: string;
  readonly sentence: Sentences;
  readonly phrase: Phrases;
}

interface Rule<K extends string> {
  readonly key: K;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An English template as a pattern: each `{name}` captures text (as little as the rest allows). */
function rule<K extends string>(key: K, template: string): Rule<K> {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      names.push(name);
      return '(.+?)';
    })
    .join('');
  return { key, pattern: new RegExp(`^${source}$`, 's'), names };
}

// Longer, more specific sentences first: "expected X (why), found Y" also reads as "expected …, found Y".
const SENTENCES = (Object.keys(detailEn.sentence) as (keyof Sentences)[])
  .sort((a, b) => detailEn.sentence[b].length - detailEn.sentence[a].length)
  .map((key) => rule(key, detailEn.sentence[key]));

// Longer first too ("the range of parameter …" before "the range of …"); "either" last: "true or
// false" and the schedule phrase contain " or " themselves.
const PHRASES = (Object.keys(detailEn.phrase) as (keyof Phrases)[])
  .sort(
    (a, b) =>
      Number(a === 'either') - Number(b === 'either') ||
      detailEn.phrase[b].length - detailEn.phrase[a].length,
  )
  .map((key) => rule(key, detailEn.phrase[key]));

/** Parameters that are phrases themselves; the rest (keys, ids, numbers) stay as written. */
const NESTED = new Set(['expected', 'found', 'why', 'a', 'b']);

/** Values quoted from the file, which are never translated: numbers, one JSON string, true, false, null ("a" or "b" is a phrase). */
const LITERAL = /^(-?[\d.]+(e[+-]?\d+)?|"(?:[^"\\]|\\.)*"|true|false|null)$/s;

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function translateWith<K extends string>(
  text: string,
  rules: readonly Rule<K>[],
  target: Readonly<Record<K, string>>,
  templates: DetailTemplates,
): string | undefined {
  rules: for (const { key, pattern, names } of rules) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    for (const [i, name] of names.entries()) {
      const value = match[i + 1]!;
      if (name === 'list') {
        values[name] = value.split(detailEn.listSeparator).join(templates.listSeparator);
      } else if (NESTED.has(name)) {
        // A reading whose parts are not known phrases is the wrong reading: try the next rule.
        const phrase = translatePhrase(value, templates);
        if (phrase === undefined) continue rules;
        values[name] = phrase;
      } else {
        values[name] = value;
      }
    }
    return fill(target[key], values);
  }
  return undefined;
}

function translatePhrase(text: string, templates: DetailTemplates): string | undefined {
  if (LITERAL.test(text)) return text;
  return translateWith(text, PHRASES, templates.phrase, templates);
}

/** The message in the target language, or undefined when it is not one of the known sentences. */
export function translateKnownMessage(message: string, templates: DetailTemplates): string | undefined {
  return translateWith(message, SENTENCES, templates.sentence, templates);
}

/** One problem's message ("expected a number, found …") in the target language; unknown ones stay. */
export function translateIssueMessage(message: string, templates: DetailTemplates): string {
  return translateKnownMessage(message, templates) ?? message;
}

const MORE = rule('more', detailEn.more);

/**
 * The detail lines of a schema or semantic error ("  $.path: message", "  … and 3 more") in the
 * target language, line by line, keeping the indentation.
 */
export function translateIssueLines(lines: string, templates: DetailTemplates): string {
  return lines
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)![0];
      const body = line.slice(indent.length);
      const more = MORE.pattern.exec(body);
      if (more) return indent + fill(templates.more, { count: more[1]! });
      // The path never contains ": " (keys that would are written ["…"]), so the first one splits.
      const split = body.indexOf(': ');
      if (!body.startsWith('$') || split < 0) return line;
      const message = translateIssueMessage(body.slice(split + 2), templates);
      return indent + fill(templates.line, { path: body.slice(0, split), message });
    })
    .join('\n');
}
