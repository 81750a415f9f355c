import type { Position } from './matrix';
import type { Phase, PhaseTimer } from './phase';

/** A participant group, e.g. companies or the council. */
export type ParticipantGroup = {
  /** Stable id; the four built-in groups use the ids of `BUILT_IN_GROUP_IDS`. */
  id: string;
  /** What the facilitator named it; empty for a built-in group not renamed (shown translated). */
  name: string;
};

/** The groups every workshop starts with; the facilitator may rename, add and remove. */
export const BUILT_IN_GROUP_IDS = ['companies', 'council', 'officials', 'other'] as const;

/** How a workshop pools and shows its participants' views. */
export type WorkshopSetup = {
  /** The groups participants belong to, in the order lists show them. */
  groups: ParticipantGroup[];
  /** Numbers instead of names on screen and in exports. */
  anonymous: boolean;
  /**
   * The consensus rule set before the rounds: a model has consensus when at least this share
   * (0.5..1) of its placed votes lie in one quadrant.
   */
  consensusShare: number;
};

/** The consensus rule Delphi practice suggests: three quarters in one quadrant. */
export const DEFAULT_CONSENSUS_SHARE = 0.75;

/** The setup of a new workshop, and of every workshop made before setups existed. */
export function defaultSetup(): WorkshopSetup {
  return {
    groups: BUILT_IN_GROUP_IDS.map((id) => ({ id, name: '' })),
    anonymous: false,
    consensusShare: DEFAULT_CONSENSUS_SHARE,
  };
}

/** A workshop as the facilitator created it. */
export type Workshop = {
  id: string;
  title: string;
  organisation: string;
  /** The day of the workshop, `YYYY-MM-DD`. */
  date: string;
  setup: WorkshopSetup;
  /** The step the facilitator is at; unset means the first (`phaseOf`). */
  phase?: Phase;
  /** The phase timer; unset means none has been touched yet (`timerFor`). */
  timer?: PhaseTimer;
  createdAt: number;
  updatedAt: number;
};

export type WorkshopDraft = Pick<Workshop, 'title' | 'organisation' | 'date'>;

/** The agreed (group) position of one model on a workshop's matrix. */
export type Placement = {
  workshopId: string;
  modelId: string;
  position: Position;
  updatedAt: number;
};
