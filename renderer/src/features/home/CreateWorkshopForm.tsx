import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_ORGANISATION_LENGTH,
  MAX_TITLE_LENGTH,
  WorkshopDraftError,
  type DraftProblem,
} from '@shared/domain/workshopDraft';
import { workshopsRepo } from '../../db/workshopsRepo';
import { describeError } from '../../ui/describeError';
import { limitNoteIds, TextLimitNote } from './TextLimitNote';
import { useLimitedText } from './useLimitedText';

type Props = { onCreated: (workshopId: string) => void };
type Failure = { problem: DraftProblem } | { problem: 'storage'; error: unknown };

const today = () => new Date().toLocaleDateString('sv-SE'); // sv-SE formats as YYYY-MM-DD

/** Title, organisation and date of a new workshop; opens it once it is stored. */
export function CreateWorkshopForm({ onCreated }: Props) {
  const { t } = useTranslation();
  // Cut as typed or pasted, and said so: the stored text is cleaned by the same limit.
  const title = useLimitedText(MAX_TITLE_LENGTH);
  const organisation = useLimitedText(MAX_ORGANISATION_LENGTH);
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
      const workshop = await workshopsRepo.create({
        title: title.value,
        organisation: organisation.value,
        date,
      });
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
  // The field's own notes, then the error when it is about this field.
  const describedBy = (notes: string, problem: DraftProblem) =>
    [notes, failure?.problem === problem ? 'create-error' : ''].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (problem: DraftProblem) =>
    failure?.problem === problem ? { 'aria-invalid': true } : {};

  return (
    <form className="create-form" onSubmit={submit} noValidate>
      <div className="field">
        <label>
          {t('home.title')}
          <input
            ref={titleRef}
            value={title.value}
            onChange={(e) => title.change(e.target.value)}
            required
            {...invalid('title-required')}
            aria-describedby={describedBy(limitNoteIds('title', title), 'title-required')}
          />
        </label>
        <TextLimitNote
          id="title"
          field={title}
          cutMessage={t('home.titleCut', { max: MAX_TITLE_LENGTH })}
        />
      </div>
      <div className="field">
        <label>
          {t('home.organisation')}
          <input
            value={organisation.value}
            onChange={(e) => organisation.change(e.target.value)}
            aria-describedby={limitNoteIds('organisation', organisation)}
          />
        </label>
        <TextLimitNote
          id="organisation"
          field={organisation}
          cutMessage={t('home.organisationCut', { max: MAX_ORGANISATION_LENGTH })}
        />
      </div>
      <label>
        {t('home.date')}
        <input
          ref={dateRef}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
          {...invalid('date-invalid')}
          aria-describedby={describedBy('', 'date-invalid')}
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
