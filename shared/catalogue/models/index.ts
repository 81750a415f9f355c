/**
 * The 25 built-in operating models, transcribed from the Swedish source page (a copy is in
 * resources/seed/verksamhetsmodeller.sv.txt). Swedish text is verbatim apart from
 * whitespace/scraping artefacts; English and Finnish are the team's translations of it, each in
 * one voice: a Swedish sentence that recurs has one translation, a concept one term ("build
 * competence" / "osaamisen lisääminen", "issuer" / "myöntäjä", "impact" / "vaikuttavuus"), the
 * source's ">" reads "→", and place names use their Finnish/English forms. Brand and programme
 * names stay as they are, except where the Swedish page translated a Finnish original: Finnish
 * uses the original ("Smart till jobbet" is Traficom's "Fiksusti töihin"). Finnish writes the
 * "how" points in the passive, as Finnish guidance does ("Määritellään …").
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
