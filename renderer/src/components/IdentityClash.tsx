import { useTranslation } from 'react-i18next';
import { identityOfSlot } from '../../../shared/charts';

/**
 * Says why a scenario is not drawn in its own identity here: another scenario shown with it, listed
 * before it, owns the same one (`viewSlots`). Nothing is changed in the library.
 */
export function IdentityClash({ slot, holder }: { readonly slot: number; readonly holder: string }) {
  const { t } = useTranslation();
  const name = identityOfSlot(slot);
  const colour = name === undefined ? t('identity.grey') : t(`identity.choices.${name}`);
  return <span className="identity-clash">{t('identity.clash', { colour, name: holder })}</span>;
}
