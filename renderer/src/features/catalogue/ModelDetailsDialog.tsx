import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, getModel, localize } from '@shared/catalogue';
import type { Position } from '@shared/domain/matrix';
import { quadrantOf } from '@shared/domain/quadrant';
import { Modal } from '../../ui/Modal';
import { useLocale } from '../settings/useLocale';

type Props = {
  modelId: string;
  position: Position | null;
  onReturnToTray: () => void;
  onClose: () => void;
  /** More buttons for this board (e.g. "don't know" while a participant places). */
  actions?: ReactNode;
  /** A line under the placement, e.g. that the participant answered "don't know". */
  note?: string;
};

/** A model's full card: full name, why, how (with sub-points), examples and the points to note. */
export function ModelDetailsDialog(props: Props) {
  const { modelId, position, onReturnToTray, onClose, actions, note } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const model = getModel(modelId);
  if (!model) return null;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const category = CATEGORIES.find((c) => c.id === model.category);

  return (
    <Modal labelledBy="model-heading" onClose={onClose} className="model-dialog">
      <p className="eyebrow">{category && text(category.title)}</p>
      <h2 id="model-heading">{text(model.title)}</h2>
      <p className="muted">
        {position
          ? t('card.placedIn', { quadrant: t(`quadrant.${quadrantOf(position)}`) })
          : t('card.notPlaced')}
      </p>
      {note && <p className="muted">{note}</p>}
      {/* The title often is the whole name; repeating it would read as a glitch. */}
      {text(model.name) !== text(model.title) && (
        <>
          <h3>{t('card.what')}</h3>
          <p>{text(model.name)}</p>
        </>
      )}
      {model.why && (
        <>
          <h3>{t('card.why')}</h3>
          <p>{text(model.why)}</p>
        </>
      )}
      <h3>{t('card.how')}</h3>
      {model.how.map((point, index) => (
        <div key={index} className="how-point">
          <p>{text(point.text)}</p>
          {point.subPoints && (
            <ul className="sub-points">
              {point.subPoints.map((subPoint, subIndex) => (
                <li key={subIndex}>{text(subPoint)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {model.examples.length > 0 && (
        <>
          <h3>{t('card.examples')}</h3>
          <ul>
            {model.examples.map((example, index) => (
              <li key={index}>
                {text(example.name)}
                {example.inFinnish && <span className="muted"> ({t('card.inFinnish')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {model.risks.length > 0 && (
        <section className="risks">
          <h3>{t('card.risks')}</h3>
          <ul>
            {model.risks.map((risk, index) => (
              <li key={index}>{text(risk)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        {actions}
        {position && (
          <button type="button" onClick={onReturnToTray}>
            {t('card.returnToTray')}
          </button>
        )}
        <button type="button" onClick={onClose} data-autofocus>
          {t('card.close')}
        </button>
      </div>
    </Modal>
  );
}
