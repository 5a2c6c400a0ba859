import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRevision } from '../../shared/history/describe-revision';
import { englishChangeLanguage } from '../../shared/history/english-language';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';

const mine: RestrictionPackage = {
  id: 'team-oct-2023',
  name: 'Oct 2023 controls',
  year: 2026,
  source: 'workshop judgement',
  confidence: 'L',
  sectors: { IC: { restriction: [{ year: 2026, value: 0.5 }] } },
};

describe('restriction packages in the library', () => {
  const tempFolder = useTempFolder('chokepoint-package-store-');
  const open = () => openTestLibrary(join(tempFolder(), 'library.sqlite'));

  it('keeps each edit as a revision, and the scenarios that apply it record the edit by name', () => {
    const { library, close } = open();
    expect(unwrap(library.savePackage(mine))).toMatchObject({
      revision: 1,
      unchanged: false,
      recordedIn: [],
    });
    unwrap(
      library.save(makeScenario('a', { restrictionPackages: ['hist-2019-huawei-entity-list', mine.id] })),
    );
    unwrap(library.save(makeScenario('b')));
    expect(unwrap(library.getPackage(mine.id)).usedBy).toEqual([
      { id: 'a', name: 'Scenario a', inTrash: false },
    ]);

    const edited = { ...mine, sectors: { IC: { restriction: 0.6 } } };
    const saved = unwrap(library.savePackage(edited, { expectedRevision: 1 }));
    expect(saved).toMatchObject({ revision: 2, unchanged: false, recordedIn: [{ id: 'a' }] });
    expect(unwrap(library.savePackage(edited)).unchanged).toBe(true);
    // Another window saved in between: refused, not overwritten.
    expect(library.savePackage({ ...mine, name: 'Renamed' }, { expectedRevision: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      unwrap(library.packageHistory(mine.id)).map((entry) => [entry.revision, entry.package.sectors.IC]),
    ).toEqual([
      [2, { restriction: 0.6 }],
      [1, mine.sectors.IC],
    ]);
    const [head] = unwrap(library.history('a'));
    expect(describeRevision(head!.summary!, englishChangeLanguage('default-2025'))).toBe(
      'Restriction package “Oct 2023 controls” edited',
    );
    expect(unwrap(library.history('b'))).toHaveLength(1);
    // Restoring is a revision too, recorded the same way.
    expect(unwrap(library.restorePackageRevision(mine.id, 1))).toMatchObject({
      revision: 3,
      recordedIn: [{ id: 'a' }],
    });
    expect(unwrap(library.getPackage(mine.id)).package).toEqual(mine);
    close();
  });

  it('names the packages a scenario revision adds or removes', () => {
    const { library, close } = open();
    unwrap(library.savePackage(mine));
    unwrap(library.save(makeScenario('a')));
    unwrap(library.save({ ...unwrap(library.get('a')).scenario, restrictionPackages: [mine.id] }));
    const [head] = unwrap(library.history('a'));
    expect(describeRevision(head!.summary!, englishChangeLanguage('default-2025'))).toBe(
      'Restriction packages: added “Oct 2023 controls”',
    );
    close();
  });

  it('refuses a scenario applying a package nothing defines, and a package under a built-in id, by name', () => {
    const { library, close } = open();
    const refused = library.save(makeScenario('a', { restrictionPackages: ['nowhere'] }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('unknown restriction package "nowhere"');
    const builtIn = library.savePackage({ ...mine, id: 'hist-2019-huawei-entity-list' });
    expect(builtIn.ok || builtIn.error.message).toBe(
      '"hist-2019-huawei-entity-list" is a built-in restriction package\'s id.',
    );
    const invalid = library.savePackage({ ...mine, sectors: { IC: { restriction: 1.2 } } });
    expect(invalid.ok || invalid.error.message).toMatch(
      /\$\.sectors\.IC\.restriction: expected a value from 0 to 1/,
    );
    close();
  });

  it('puts packages in the trash like scenarios: still applied, restorable, never purged while a scenario applies them', () => {
    const { library, close } = open();
    unwrap(library.savePackage(mine));
    unwrap(library.savePackage({ ...mine, id: 'unused', name: 'Unused' }));
    unwrap(library.save(makeScenario('a', { restrictionPackages: [mine.id] })));
    unwrap(library.trashPackage(mine.id));
    unwrap(library.trashPackage('unused'));
    expect(
      unwrap(library.listPackages()).map((entry) => [entry.package.id, entry.deletedAt !== null]),
    ).toEqual([
      ['team-oct-2023', true],
      ['unused', true],
    ]);
    // A scenario applying a trashed package still saves and exports with it.
    unwrap(library.save({ ...unwrap(library.get('a')).scenario, name: 'Renamed' }));
    expect(library.savePackage(mine)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const emptied = unwrap(library.emptyPackageTrash());
    expect(emptied).toEqual({
      removed: 1,
      kept: [{ id: mine.id, name: mine.name, usedBy: [{ id: 'a', name: 'Renamed', inTrash: false }] }],
    });
    unwrap(library.untrashPackage(mine.id));
    expect(unwrap(library.listPackages()).map((entry) => [entry.package.id, entry.deletedAt])).toEqual([
      [mine.id, null],
    ]);
    close();
  });
});
