import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopDraftError, type DraftProblem } from '@shared/domain/workshopDraft';
import { workshopsRepo } from '../../db/workshopsRepo';
import { describeError } from '../../ui/describeError';

type Props = { onCreated: (workshopId: string) => void };
type Failure = { problem: DraftProblem } | { problem: 'storage'; error: unknown };

const today = () => new Date().toLocaleDateString('sv-SE'); // sv-SE formats as YYYY-MM-DD

/** Title, organisation and date of a new workshop; opens it once it is stored. */
export function CreateWorkshopForm({ onCreated }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(today);
  // The failure, not its text: the message follows a language switch.
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const workshop = await workshopsRepo.create({ title, organisation, date });
      onCreated(workshop.id);
    } catch (error) {
      if (error instanceof WorkshopDraftError) {
        setFailure({ problem: error.problem });
        (error.problem === 'title-required' ? titleRef : dateRef).current?.focus();
      } else {
        setFailure({ problem: 'storage', error });
      }
    } finally {
      setBusy(false);
    }
  }

  const message = !failure
    ? null
    : failure.problem === 'storage'
      ? describeError(failure.error, t)
      : t(failure.problem === 'title-required' ? 'home.titleRequired' : 'home.dateInvalid');
  const invalid = (problem: DraftProblem) =>
    failure?.problem === problem
      ? { 'aria-invalid': true, 'aria-describedby': 'create-error' }
      : {};

  return (
    <form className="create-form" onSubmit={submit} noValidate>
      <label>
        {t('home.title')}
        <input
          ref={titleRef}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          required
          {...invalid('title-required')}
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
        <input
          ref={dateRef}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
          {...invalid('date-invalid')}
        />
      </label>
      {message && (
        <p id="create-error" role="alert" className="form-error">
          {message}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('home.create')}
      </button>
    </form>
  );
}
