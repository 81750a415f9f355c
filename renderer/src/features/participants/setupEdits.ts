import { BUILT_IN_GROUP_IDS, type WorkshopSetup } from '@shared/domain/workshop';

// Pure edits of a workshop's setup: each returns a new setup and leaves the old one as it was,
// so a change record can hold both.

const builtIn = new Set<string>(BUILT_IN_GROUP_IDS);

/** Whether a group is one every workshop starts with (an empty name shows it translated). */
export function isBuiltInGroup(groupId: string): boolean {
  return builtIn.has(groupId);
}

export function withAnonymous(setup: WorkshopSetup, anonymous: boolean): WorkshopSetup {
  return { ...setup, anonymous };
}

export function withConsensusShare(setup: WorkshopSetup, consensusShare: number): WorkshopSetup {
  return { ...setup, consensusShare };
}

/** Renames a group; `name` is already cleaned. */
export function withGroupName(setup: WorkshopSetup, groupId: string, name: string): WorkshopSetup {
  return {
    ...setup,
    groups: setup.groups.map((group) => (group.id === groupId ? { ...group, name } : group)),
  };
}

/** Adds a group at the end of the list. */
export function withGroupAdded(setup: WorkshopSetup, id: string, name: string): WorkshopSetup {
  return { ...setup, groups: [...setup.groups, { id, name }] };
}

export function withGroupRemoved(setup: WorkshopSetup, groupId: string): WorkshopSetup {
  return { ...setup, groups: setup.groups.filter((group) => group.id !== groupId) };
}
