import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopDraftError } from '@shared/domain/workshopDraft';
import { workshopsRepo } from '../../db/workshopsRepo';
import { describeError } from '../../ui/describeError';

type Props = { onCreated: (workshopId: string) => void };

const today = () => new Date().toLocaleDateString('sv-SE'); // sv-SE formats as YYYY-MM-DD

/** Title, organisation and date of a new workshop; opens it once it is stored. */
export function CreateWorkshopForm({ onCreated }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const workshop = await workshopsRepo.create({ title, organisation, date });
      onCreated(workshop.id);
    } catch (err) {
      if (err instanceof WorkshopDraftError) {
        setError(t(err.problem === 'title-required' ? 'home.titleRequired' : 'home.dateInvalid'));
      } else {
        setError(describeError(err, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-form" onSubmit={submit} noValidate>
      <label>
        {t('home.title')}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          required
          aria-invalid={error === t('home.titleRequired')}
        />
      </label>
      <label>
        {t('home.organisation')}
        <input
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          maxLength={200}
        />
      </label>
      <label>
        {t('home.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('home.create')}
      </button>
    </form>
  );
}
