import { z } from 'zod';
import { MAX_ORGANISATION_LENGTH, MAX_TITLE_LENGTH, isIsoDate } from '../domain/workshopDraft';
import { SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION } from './snapshotFormat';

/**
 * Ids as the app makes them (UUIDs, catalogue slugs). The same characters the router accepts in
 * `#/workshop/<id>`, so every restored workshop can be opened.
 */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

// Generous caps: the byte limit is the real bound, these only keep counts plausible.
const MAX_WORKSHOPS = 10_000;
const MAX_PLACEMENTS = 500_000;
// Milliseconds since 1970, within what a Date can hold.
const timestamp = z.number().int().min(0).max(8.64e15);
const id = z.string().regex(SNAPSHOT_ID_PATTERN);
const unit = z.number().min(0).max(1);

const workshopSchema = z.strictObject({
  id,
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  organisation: z.string().max(MAX_ORGANISATION_LENGTH),
  date: z.string().refine(isIsoDate, { message: 'expected a calendar day YYYY-MM-DD' }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const placementSchema = z.strictObject({
  workshopId: id,
  modelId: id,
  position: z.strictObject({ x: unit, y: unit }),
  updatedAt: timestamp,
});

/**
 * A whole snapshot, strict at every level: unknown keys are errors, not ignored. Beyond the
 * shape: workshop ids are unique, each model sits once per workshop, and every placement
 * belongs to a workshop in the same file.
 */
export const snapshotSchema = z
  .strictObject({
    format: z.literal(SNAPSHOT_FORMAT),
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    createdAt: z.iso.datetime({ offset: true }),
    workshops: z.array(workshopSchema).max(MAX_WORKSHOPS),
    placements: z.array(placementSchema).max(MAX_PLACEMENTS),
  })
  .superRefine((snapshot, ctx) => {
    const ids = new Set<string>();
    snapshot.workshops.forEach((workshop, index) => {
      if (ids.has(workshop.id)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate id', path: ['workshops', index] });
      }
      ids.add(workshop.id);
    });
    const placed = new Set<string>();
    snapshot.placements.forEach((placement, index) => {
      const path = ['placements', index];
      if (!ids.has(placement.workshopId)) {
        ctx.addIssue({ code: 'custom', message: 'unknown workshop', path });
      }
      // Ids cannot contain a space, so this key is unambiguous.
      const key = `${placement.workshopId} ${placement.modelId}`;
      if (placed.has(key)) ctx.addIssue({ code: 'custom', message: 'placed twice', path });
      placed.add(key);
    });
  });
