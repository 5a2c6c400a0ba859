import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageMarker } from '../../components/package-markers';
import { packageMarkers } from '../../components/package-markers';
import { textLanguage } from '../../i18n';
import { libraryPackageLookup } from '../../sim/runnable-scenario';
import { useApp } from '../../store';

/** A marker at the date of each restriction package any compared scenario applies (each once). */
export function useCompareMarkers(): readonly PackageMarker[] {
  const { i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const ids = useApp((state) => state.compare.ids);
  const applied = useApp((state) => state.comparePackages);
  const packages = useApp((state) => state.libraryPackages);
  return useMemo(
    () =>
      packageMarkers(
        ids.flatMap((id) => applied[id] ?? []),
        libraryPackageLookup(packages),
        lang,
      ),
    [ids, applied, packages, lang],
  );
}
