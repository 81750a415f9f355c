import type { Messages } from './sv';
import { backupMessages } from './features/backup';
import { compareMessages } from './features/compare';
import { filesMessages } from './features/files';
import { participantsMessages } from './features/participants';
import { boardLayoutMessages } from './features/boardLayout';
import { phasesMessages } from './features/phases';
import { reuseMessages } from './features/reuse';
import { shortcutsMessages } from './features/shortcuts';
import { pooledMessages } from './features/pooled';
import { restoreMessages } from './features/restore';
import { roundsMessages } from './features/rounds';
import { sessionMessages } from './features/session';

// Finnish does not inflect a name it cannot see: a placeholder stands after a colon or in
// quotes after a word that carries the case ("Poista: {{title}}", "mallin ”{{title}}”").
/** Finnish UI messages. */
export const fi = {
  app: {
    name: 'Klimatverkstad',
    tagline: 'Priorisoi kunnan toimintamallit yritysten ilmastotyön edistämiseen',
    updateHeading: 'Päivitä Klimatverkstad',
    updateBody:
      'Tämän tietokoneen työpajat on tallentanut Klimatverkstadin uudempi versio. Tämä versio ei pysty lukemaan niitä turvallisesti, joten se ei koske niihin. Asenna uusin versio ja avaa sovellus uudelleen; mitään ei ole muutettu.',
  },
  language: {
    label: 'Kieli',
    notSaved: 'Kielivalintaa ei voitu tallentaa: {{message}}',
  },
  home: {
    heading: 'Työpajat',
    empty: 'Ei vielä työpajoja. Luo ensimmäinen alla.',
    createHeading: 'Uusi työpaja',
    title: 'Nimi',
    organisation: 'Organisaatio tai kunta',
    date: 'Päivämäärä',
    create: 'Luo työpaja',
    open: 'Avaa {{title}}',
    delete: 'Poista {{title}}',
    placedCount: '{{count}}/{{total}} sijoitettu',
    confirmDeleteHeading: 'Poistetaanko työpaja?',
    confirmDelete: 'Poista',
    cancel: 'Peruuta',
    titleRequired: 'Anna työpajalle nimi.',
    dateInvalid: 'Anna kelvollinen päivämäärä.',
    titleCut: 'Nimi lyhennettiin {{max}} merkkiin.',
    organisationCut: 'Organisaatio lyhennettiin {{max}} merkkiin.',
    charCount: '{{used}} / {{max}}',
    charsLeft_one: '{{count}} merkki jäljellä',
    charsLeft_other: '{{count}} merkkiä jäljellä',
  },
  board: {
    back: 'Kaikki työpajat',
    trayHeading: 'Toimintamallit',
    search: 'Hae malleja',
    noMatches: 'Haulla ei löytynyt malleja.',
    allPlaced: 'Kaikki mallit on sijoitettu matriisiin.',
    placedSummary: '{{count}}/{{total}} sijoitettu',
    matrixLabel: 'Matriisi: resurssit ja ilmastovaikutus',
    matrixAxes:
      'Vaakasuunnassa: tarvittavat resurssit, vähän vasemmalla ja paljon oikealla. Pystysuunnassa: odotettu ilmastovaikutus, pieni alhaalla ja suuri ylhäällä.',
    xAxis: 'Tarvittavat resurssit',
    xLow: 'Vähän',
    xHigh: 'Paljon',
    yAxis: 'Odotettu ilmastovaikutus',
    yLow: 'Pieni',
    yHigh: 'Suuri',
    details: 'Näytä tiedot: {{title}}',
    exportPdf: 'Vie toimintasuunnitelma (PDF)',
    exporting: 'Luodaan PDF-tiedostoa…',
    exported: 'Toimintasuunnitelma tallennettiin.',
    exportedAs: 'Toimintasuunnitelma tallennettiin: {{path}}.',
    exportFailed: 'PDF-tiedoston luominen ei onnistunut: {{message}}. Yritä uudelleen.',
    writeFailed:
      'Tiedostoa ei voitu tallentaa ({{detail}}). Valitse toinen kansio tai vapauta tilaa ja yritä uudelleen.',
    invalidRequest:
      'PDF-tiedostoa ei voitu välittää tallennusikkunaan. Yritä uudelleen; jos se ei onnistu, käynnistä sovellus uudelleen.',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    notFound: 'Työpajaa ei enää ole tällä tietokoneella.',
  },
  quadrant: {
    'quick-wins': 'Nopeat voitot',
    strategic: 'Strategiset panostukset',
    'fill-ins': 'Täydentävät toimet',
    reconsider: 'Harkitse uudelleen',
  },
  save: {
    saving: 'Tallennetaan…',
    saved: 'Tallennettu',
    failed: 'Tallennus ei onnistunut: {{message}}',
    quota: 'Levy on täynnä – muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.',
    blocked: 'Sovellus on auki toisessa ikkunassa vanhemmalla versiolla. Sulje se ikkuna.',
  },
  storage: {
    persistent: 'Tallennus on pysyvä: selain ei tyhjennä työpajoja.',
    'best-effort':
      'Selain voi tyhjentää tietoja, kun levy täyttyy. Tallenna varmuuskopio tiedostoon (Varmuuskopiot) jokaisen työpajan jälkeen.',
    unknown: 'Ei tiedossa, säilyttääkö selain tiedot, jos levytila loppuu.',
  },
  card: {
    what: 'Mitä',
    why: 'Miksi',
    how: 'Miten',
    examples: 'Esimerkit',
    inFinnish: 'suomeksi',
    risks: 'Huomioitavat riskit',
    returnToTray: 'Takaisin luetteloon',
    category: 'Luokka',
    close: 'Sulje',
    placedIn: 'Sijoitettu: {{quadrant}}',
    notPlaced: 'Ei vielä sijoitettu',
  },
  dnd: {
    instructions:
      'Nosta malli välilyönnillä. Siirrä sitä nuolinäppäimillä (Shift-näppäimen kanssa pienin askelin), pudota välilyönnillä ja peruuta Escape-näppäimellä. Enter näyttää kuvauksen; Delete palauttaa sijoitetun mallin luetteloon.',
    roleDescription: 'siirrettävä malli',
    pickedUp: 'Nostettu: {{title}}.',
    overTray: '{{title}} on malliluettelon päällä.',
    movedTo: '{{title}}: {{quadrant}}, resurssit {{x}} %, ilmastovaikutus {{y}} %.',
    placed: '{{title}} sijoitettiin: {{quadrant}}.',
    returned: '{{title}} palautettiin luetteloon.',
    cancelled: 'Siirto peruttiin: {{title}}.',
  },
  backup: backupMessages.fi,
  participants: participantsMessages.fi,
  rounds: roundsMessages.fi,
  session: sessionMessages.fi,
  pooled: pooledMessages.fi,
  compare: compareMessages.fi,
  restore: restoreMessages.fi,
  phases: phasesMessages.fi,
  boardLayout: boardLayoutMessages.fi,
  reuse: reuseMessages.fi,
  shortcuts: shortcutsMessages.fi,
  files: filesMessages.fi,
} satisfies Messages;
