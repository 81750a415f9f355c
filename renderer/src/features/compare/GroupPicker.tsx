import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantGroup } from '@shared/domain/workshop';
import { groupLabel } from '../participants/labels';

type Props = {
  groups: readonly ParticipantGroup[];
  /** Participants per group who placed something this round; groups without any say so. */
  placers: ReadonlyMap<string, number>;
  a: string;
  b: string;
  onChange: (side: 'a' | 'b', groupId: string) => void;
};

/** The two groups to compare: A drawn as circles, B as squares. */
export function GroupPicker({ groups, placers, a, b, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const options = groups.map((group) => {
    const name = groupLabel(group, t);
    const text = (placers.get(group.id) ?? 0) > 0 ? name : t('compare.groupNoPlacements', { name });
    return (
      <option key={group.id} value={group.id}>
        {text}
      </option>
    );
  });
  const picker = (side: 'a' | 'b', value: string) => (
    <div className="compare-picker">
      <label htmlFor={`${id}-${side}`}>
        {t(side === 'a' ? 'compare.groupA' : 'compare.groupB')}
      </label>
      <select
        id={`${id}-${side}`}
        value={value}
        onChange={(event) => onChange(side, event.target.value)}
      >
        {options}
      </select>
    </div>
  );
  return (
    <div className="compare-pickers">
      {picker('a', a)}
      {picker('b', b)}
    </div>
  );
}
