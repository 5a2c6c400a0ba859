import type { PackageLookup } from '../../../shared/packages/restriction-package';
import { libraryPackageLookup } from '../sim/runnable-scenario';
import { useApp } from './index';

/** Built-in packages and the library's, as the edited scenario applies them. */
export function usePackageLookup(): PackageLookup {
  return libraryPackageLookup(useApp((state) => state.libraryPackages));
}
