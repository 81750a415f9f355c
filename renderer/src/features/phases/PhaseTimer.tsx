import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeBoxMs, type Phase, type PhaseTimer as Timer } from '@shared/domain/phase';
import {
  addMinute,
  formatCountdown,
  pause,
  remaining,
  reset,
  resume,
  start,
  timerStatus,
} from '@shared/domain/timer';
import type { PhaseTimerRepo, TimerStep } from '../../db/phaseTimerRepo';
import { useNow } from './useNow';
import { useSoftTone } from './useSoftTone';
import { useTimerDisplay } from './useTimerDisplay';
import { useTimerMoments, type TimerMoment } from './useTimerMoments';

type Props = { workshopId: string; phase: Phase; timer: Timer; repo: PhaseTimerRepo };

const MOMENT_MESSAGES: Record<TimerMoment, string> = {
  oneMinuteLeft: 'phases.oneMinuteLeft',
  timesUp: 'phases.timesUpNotice',
};

/**
 * The countdown of the current phase with its buttons. The time shown is derived from the
 * stored timer and the clock, so it is right after a reload; a screen reader hears only one
 * minute left and time's up, and a soft tone sounds at zero when the facilitator turned it on.
 */
export function PhaseTimer({ workshopId, phase, timer, repo }: Props) {
  const { t } = useTranslation();
  const [display, setDisplay] = useTimerDisplay();
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState(false);
  const playTone = useSoftTone();

  const running = timer.startedAt !== null;
  const [ticking, setTicking] = useState(running);
  const now = useNow(ticking);
  const left = remaining(timer, now);
  const status = timerStatus(timer, now);
  // Set during render, as React allows for state derived from props: stop when time is up.
  if (ticking !== (status === 'running')) setTicking(status === 'running');

  const phaseName = t(`phases.phase_${phase}`);
  useTimerMoments(running ? String(timer.startedAt) : null, left, (moment: TimerMoment) => {
    setAnnouncement(t(MOMENT_MESSAGES[moment], { phase: phaseName }));
    if (moment === 'timesUp' && display.sound) playTone();
  });

  const press = (step: TimerStep) => {
    repo.press(workshopId, phase, step).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  };
  const toggleSound = () => {
    // The first press plays the chime: the facilitator hears how loud it will be.
    if (!display.sound) playTone();
    setDisplay({ sound: !display.sound });
  };

  const main =
    status === 'running'
      ? { label: t('phases.pause'), step: pause }
      : status === 'paused'
        ? { label: t('phases.resume'), step: resume }
        : { label: t('phases.start'), step: start };

  return (
    <div
      role="group"
      aria-label={t('phases.timer', { phase: phaseName })}
      className={`phase-timer${display.large ? ' phase-timer--large' : ''}`}
      data-status={status}
    >
      {display.large && <p className="phase-timer-phase">{phaseName}</p>}
      <p className="phase-timer-time">
        <span role="timer">{status === 'done' ? t('phases.timesUp') : formatCountdown(left)}</span>
        {status === 'paused' && <span className="phase-timer-paused">{t('phases.paused')}</span>}
      </p>
      <div className="phase-timer-buttons">
        <button
          type="button"
          className="phase-timer-main"
          onClick={() => press(main.step)}
          disabled={status === 'done'}
        >
          {main.label}
        </button>
        <button type="button" title={t('phases.addMinuteHint')} onClick={() => press(addMinute)}>
          {t('phases.addMinute')}
        </button>
        <button
          type="button"
          onClick={() => press(() => reset(timeBoxMs(phase)))}
          disabled={status === 'idle' && timer.durationMs === timeBoxMs(phase)}
        >
          {t('phases.reset')}
        </button>
        <button
          type="button"
          aria-pressed={display.large}
          title={t('phases.enlargeHint')}
          onClick={() => setDisplay({ large: !display.large })}
        >
          {t('phases.enlarge')}
        </button>
        <button
          type="button"
          aria-pressed={display.sound}
          title={t('phases.soundHint')}
          onClick={toggleSound}
        >
          {t('phases.sound')}
        </button>
      </div>
      {failed && (
        <p role="alert" className="phase-timer-error">
          {t('phases.timerNotSaved')}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
