/**
 * The 25 built-in operating models, transcribed from the Swedish source page (a copy is in
 * resources/seed/verksamhetsmodeller.sv.txt). Swedish text is verbatim apart from
 * whitespace/scraping artefacts; English is the team's translation, in one voice: a Swedish
 * sentence that recurs has one English sentence, a concept one term ("build competence",
 * "issuer", "responsibility …", "impact"), the source's ">" reads "→", and place names use
 * their Finnish/English forms while brand and programme names stay as they are.
 */
import type { CatalogueModel } from '../types';
import { BRINGING_TOGETHER_MODELS } from './bringingTogether';
import { CO_DEVELOPMENT_MODELS } from './coDevelopment';
import { COMMITMENT_MODELS } from './commitment';
import { COMMUNICATION_MODELS } from './communication';
import { FOUNDATIONS_MODELS } from './foundations';
import { MARKET_GUIDANCE_MODELS } from './marketGuidance';
import { REWARDS_AND_LABELS_MODELS } from './rewardsAndLabels';
import { TRAINING_AND_ADVICE_MODELS } from './trainingAndAdvice';

/** Every built-in model, in the order of the source page (category by category). */
export const MODELS: readonly CatalogueModel[] = [
  ...FOUNDATIONS_MODELS,
  ...CO_DEVELOPMENT_MODELS,
  ...MARKET_GUIDANCE_MODELS,
  ...REWARDS_AND_LABELS_MODELS,
  ...COMMUNICATION_MODELS,
  ...BRINGING_TOGETHER_MODELS,
  ...TRAINING_AND_ADVICE_MODELS,
  ...COMMITMENT_MODELS,
];
