import type { Ranked } from '../domain/ranking';
import { countLabel, fillLabel, type PlanLabels } from '../i18n/plan';
import type { TextFlow } from './textFlow';
import { COLOR, type PlanStyles } from './theme';
import type { PlanItem, PlanMethod } from './types';

/**
 * The method note's paragraphs: rounds held, participants per group (numbers only), how the
 * spread was pooled and the consensus rule with how many of the plan's models met it.
 */
export function methodParagraphs(
  method: PlanMethod,
  ranked: readonly Ranked<PlanItem>[],
  labels: PlanLabels,
): string[] {
  const words = labels.voting;
  const round = method.pooledRound;
  const groups = method.participantsByGroup
    .map(({ group, count }) => fillLabel(words.methodGroup, { group, count }))
    .join(', ');
  const participants =
    method.participants > 0
      ? fillLabel(countLabel(words.methodParticipants, method.participants), { round, groups })
      : fillLabel(words.methodNoParticipants, { round });
  const percent = Math.round(method.consensusShare * 100);
  const pooled = ranked.filter((item) => item.spread);
  const met = pooled.filter((item) => item.spread?.consensus).length;
  const rule = fillLabel(words.methodRule, { percent });
  const consensus =
    pooled.length > 0
      ? `${rule} ${fillLabel(countLabel(words.methodMet, pooled.length), { met })}`
      : rule;
  return [
    fillLabel(countLabel(words.methodRounds, method.rounds), { round }),
    participants,
    words.methodPooling,
    consensus,
  ];
}

/**
 * The "Method" section after the models: a rule, a heading and a few paragraphs, continuing on
 * a new page when the current one is full.
 */
export function drawMethod(
  flow: TextFlow,
  method: PlanMethod,
  ranked: readonly Ranked<PlanItem>[],
  style: PlanStyles,
  labels: PlanLabels,
): void {
  const heading = style.sectionHeading;
  flow.space(10);
  // Keep the heading with the first lines of the note.
  flow.ensure(14 + heading.lineHeight + 4 + 3 * style.body.lineHeight);
  if (!flow.atPageTop) {
    flow.page.drawLine({
      start: { x: flow.frame.left, y: flow.y },
      end: { x: flow.frame.right, y: flow.y },
      thickness: 0.8,
      color: COLOR.rule,
    });
    flow.space(14);
  }
  flow.paragraph(labels.voting.methodHeading, heading);
  flow.space(4);
  methodParagraphs(method, ranked, labels).forEach((text, index) => {
    if (index > 0) flow.space(5);
    flow.paragraph(text, style.body, { keepLines: 2 });
  });
}
