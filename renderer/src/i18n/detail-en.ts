/**
 * The file format's detail lines ("$.scenarios[0].horizon: expected a number, found "15 years"") as
 * templates, phrase by phrase. The English templates rebuild shared/'s English messages exactly (a test
 * checks it on every fixture), so the Chinese ones, with the same keys, translate every line.
 */
export const detailEn = {
  line: '{path}: {message}',
  more: '… and {count} more',
  listSeparator: ', ',
  sentence: {
    expectedFound: 'expected {expected}, found {found}',
    expectedWhyFound: 'expected {expected} ({why}), found {found}',
    missing: 'missing required field (expected {expected})',
    unknownKeySuggest: 'unknown key "{key}" (did you mean "{suggestion}"?)',
    unknownKeyList: 'unknown key "{key}"; expected one of {list}',
    unknownKeyListExtensions:
      'unknown key "{key}"; expected one of {list}, or an extension key starting with "x-"',
    unknownSectorSuggest:
      'unknown sector "{sector}" in catalogue "{catalogue}"; did you mean "{suggestion}"?',
    unknownSectorList: 'unknown sector "{sector}" in catalogue "{catalogue}"; expected one of {list}',
    firstStep: 'expected the first step at or before the base year {year}, found {found}',
    sortedSteps: 'expected a year after {year} (steps are sorted by year, each year once), found {found}',
    forbiddenKey: 'the key "{key}" is not allowed anywhere in a scenario',
    tooDeep: 'expected at most {count} levels of nesting, found more',
    packageOnce: 'expected each restriction package once, found "{id}" again (first at index {index})',
    packageIdOnce: 'expected each restriction package id once, found "{id}" again (first at index {index})',
    packageIdBuiltIn:
      'expected an id of the file\'s own, found "{id}", the id of a built-in restriction package',
    unknownPackage:
      'unknown restriction package "{id}": expected a built-in package or one defined in the file or the library',
    packageSectorUnknown:
      'restriction package "{name}" restricts sector "{sector}", which catalogue "{catalogue}" does not have',
    packageNoSector: 'expected at least one sector, found none',
    unknownSectorAnySuggest: 'unknown sector "{sector}"; did you mean "{suggestion}"?',
    unknownSectorAnyList: 'unknown sector "{sector}"; expected one of {list}',
    packageFirstStep: "expected the first step at or after the package's year {year}, found {found}",
  },
  phrase: {
    number: 'a number',
    wholeNumber: 'a whole number',
    text: 'text',
    boolean: 'true or false',
    list: 'a list',
    object: 'an object',
    nothing: 'nothing',
    emptyList: 'an empty list',
    listOf: 'a list of {count}',
    schedule: 'a number or a list of { "year": …, "value": … } steps',
    timestamp: 'an ISO 8601 timestamp such as 2026-11-28T10:00:00Z',
    valueFromTo: 'a value from {min} to {max}',
    yearFromTo: 'a year from {min} to {max}',
    numberCompared: 'a number {relation} {limit}',
    wholeNumberCompared: 'a whole number {relation} {limit}',
    atLeastOneCharacter: 'at least 1 character',
    atLeastOneItem: 'at least 1 item',
    atMostCharacters: 'at most {count} characters',
    atLeastCharacters: 'at least {count} characters',
    atMostItems: 'at most {count} items',
    atLeastItems: 'at least {count} items',
    longText: '{start}… ({count} characters)',
    nonFinite: 'the non-finite number {value}',
    finiteNumber: 'a finite number',
    jsonValue: 'a JSON value',
    rangeOf: 'the range of {input}',
    parameter: 'parameter {key}',
    sectorData: 'sector data {key}',
    parameterRange: 'the range of parameter {key} in catalogue "{catalogue}"',
    knownCatalogue: 'the id of a known catalogue',
    id: 'an id of 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
    sectorId: 'a sector id of letters, digits, ".", "_" or "-", starting with a letter or digit',
    hash: 'a SHA-256 content hash (64 lowercase hexadecimal digits)',
    either: '{a} or {b}',
  },
} as const;
