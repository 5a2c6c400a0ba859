import CompareView from '../features/compare/CompareView';
import { PresentMode } from '../features/presentation/PresentMode';

/** The compare view with its presentation mode, put together here: neither feature imports the other both ways. */
export default function ComparePage() {
  return <CompareView Presentation={PresentMode} />;
}
