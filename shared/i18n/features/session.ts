// UI messages of the local-network session (participants on their own devices), for the
// facilitator's screens: Swedish (the reference), Finnish and English.

const sv = {
  devicesButton: 'Deltagarnas enheter',
  heading: 'Deltagarnas egna enheter',
  intro:
    'Deltagarna placerar modellerna på sina egna telefoner eller datorer i samma nätverk. Svaren sparas här, på den här datorn.',
  interface: 'Nätverk som deltagarna når sessionen i',
  loopbackOnly: 'Bara den här datorn (127.0.0.1, för att prova)',
  start: 'Starta sessionen',
  starting: 'Startar…',
  startFailed: 'Sessionen kunde inte starta: {{message}}',
  unknownInterface: 'Nätverket finns inte längre. Välj ett annat i listan.',
  webIntro:
    'I webbläsaren startas sessionen i ett terminalfönster med npm run session. Klistra sedan in värdlänken som den skriver ut.',
  hostLink: 'Värdlänk eller värdadress',
  details: 'Nyckel och anslutningsuppgifter var för sig',
  hostAddress: 'Värdadress',
  hostToken: 'Värdnyckel',
  joinAddress: 'Anslutningsadress (valfri)',
  joinCode: 'Anslutningskod (valfri)',
  connect: 'Anslut till sessionen',
  badLink:
    'Det där är ingen värdlänk från npm run session. Den börjar med ws://127.0.0.1: och innehåller nyckeln efter #.',
  cancel: 'Avbryt',
  close: 'Stäng',
  status_connecting: 'Ansluter till sessionen…',
  status_connected: 'Sessionen är ansluten',
  status_reconnecting: 'Förbindelsen bröts – ansluter igen…',
  status_refused: 'Sessionen godtog inte nyckeln. Anslut på nytt med en ny värdlänk.',
  status_replaced: 'Ett annat fönster är värd för sessionen nu.',
  status_ended: 'Sessionen är avslutad.',
  counts: '{{joined}} anslutna · {{ready}} klara',
  joinScreen: 'Anslutningsskärm',
  networkCheck: 'Nätverkskontroll',
  sharePooled: 'Dela sammanställningen med deltagarna',
  pooledShared: 'Sammanställningen av runda {{number}} visas nu på deltagarnas enheter.',
  endSession: 'Avsluta sessionen',
  restartServer: 'Starta sessionsservern igen',
  restartedSame:
    'Sessionsservern har startats igen på samma adress. Deltagarnas telefoner ansluter av sig själva med sina svar.',
  restartedMoved:
    'Sessionsservern startades igen på en ny adress eftersom den gamla var upptagen. Be deltagarna skanna QR-koden igen; deras platser och svar finns kvar.',
  restartFailed: 'Sessionsservern kunde inte startas igen: {{message}}',
  joinHeading: 'Anslut till workshoppen',
  joinSteps:
    'Anslut till samma wifi som den här datorn, skanna koden eller öppna adressen, och ange koden.',
  joinAddressLabel: 'Adress',
  joinCodeLabel: 'Kod',
  qrLabel: 'QR-kod för {{address}}',
  noJoinAddress:
    'Anslutningsadressen är okänd: den står i terminalfönstret där sessionen startades.',
  showLarge: 'Visa stort',
  notReady: 'Inte klara än: {{names}}',
  participantNumber: 'Deltagare {{number}}',
  networkHeading: 'Nätverkskontroll',
  interfacesHeading: 'Nätverk på den här datorn',
  noInterfaces:
    'Inget nätverk som andra enheter kan nå. Anslut datorn till workshoppens wifi eller till en mobil surfzon och kontrollera igen.',
  checkAgain: 'Kontrollera igen',
  webInterfaces:
    'En webbsida kan inte se datorns nätverk. Kör det här i ett terminalfönster för att lista dem:',
  webInterfacesThen: 'Starta sedan sessionen med --interface och nätverkets namn.',
  blockersHeading: 'Vanliga hinder',
  blockerFirewall:
    'Brandväggen frågar första gången sessionen startar: tillåt bara privata nätverk, inte offentliga.',
  blockerGuestWifi:
    'Gästnätverk håller ofta enheterna isär så att de inte når varandra. Använd en mobil surfzon eller en reserouter.',
  blockerVpn:
    'Ett VPN kan leda trafiken bort från det lokala nätverket. Stäng av det under workshoppen.',
  testHeading: 'Prova själv',
  testLink: 'Öppna anslutningssidan på den här datorn',
  testDesktop:
    'Öppna {{address}} i en webbläsare på den här datorn eller på en telefon i samma nätverk.',
} as const;

const fi: Record<keyof typeof sv, string> = {
  devicesButton: 'Osallistujien laitteet',
  heading: 'Osallistujien omat laitteet',
  intro:
    'Osallistujat sijoittavat mallit omilla puhelimillaan tai tietokoneillaan samassa verkossa. Vastaukset tallennetaan tälle tietokoneelle.',
  interface: 'Verkko, jossa osallistujat tavoittavat istunnon',
  loopbackOnly: 'Vain tämä tietokone (127.0.0.1, kokeiluun)',
  start: 'Käynnistä istunto',
  starting: 'Käynnistetään…',
  startFailed: 'Istuntoa ei voitu käynnistää: {{message}}',
  unknownInterface: 'Verkkoa ei enää ole. Valitse toinen luettelosta.',
  webIntro:
    'Selaimessa istunto käynnistetään pääteikkunassa komennolla npm run session. Liitä sitten sen tulostama isäntälinkki.',
  hostLink: 'Isäntälinkki tai isäntäosoite',
  details: 'Avain ja liittymistiedot erikseen',
  hostAddress: 'Isäntäosoite',
  hostToken: 'Isäntäavain',
  joinAddress: 'Liittymisosoite (valinnainen)',
  joinCode: 'Liittymiskoodi (valinnainen)',
  connect: 'Yhdistä istuntoon',
  badLink:
    'Tämä ei ole npm run sessionin isäntälinkki. Se alkaa ws://127.0.0.1: ja sisältää avaimen #-merkin jälkeen.',
  cancel: 'Peruuta',
  close: 'Sulje',
  status_connecting: 'Yhdistetään istuntoon…',
  status_connected: 'Istunto on yhdistetty',
  status_reconnecting: 'Yhteys katkesi – yhdistetään uudelleen…',
  status_refused: 'Istunto ei hyväksynyt avainta. Yhdistä uudelleen uudella isäntälinkillä.',
  status_replaced: 'Toinen ikkuna on nyt istunnon isäntä.',
  status_ended: 'Istunto on päättynyt.',
  counts: '{{joined}} liittynyt · {{ready}} valmiina',
  joinScreen: 'Liittymisnäkymä',
  networkCheck: 'Verkon tarkistus',
  sharePooled: 'Jaa yhteenveto osallistujille',
  pooledShared: 'Kierroksen {{number}} yhteenveto näkyy nyt osallistujien laitteilla.',
  endSession: 'Lopeta istunto',
  restartServer: 'Käynnistä istuntopalvelin uudelleen',
  restartedSame:
    'Istuntopalvelin käynnistettiin uudelleen samaan osoitteeseen. Osallistujien puhelimet yhdistävät itse vastauksineen.',
  restartedMoved:
    'Istuntopalvelin käynnistettiin uuteen osoitteeseen, koska vanha oli varattu. Pyydä osallistujia skannaamaan QR-koodi uudelleen; heidän paikkansa ja vastauksensa säilyvät.',
  restartFailed: 'Istuntopalvelinta ei voitu käynnistää uudelleen: {{message}}',
  joinHeading: 'Liity työpajaan',
  joinSteps:
    'Liity samaan wifi-verkkoon kuin tämä tietokone, skannaa koodi tai avaa osoite ja anna koodi.',
  joinAddressLabel: 'Osoite',
  joinCodeLabel: 'Koodi',
  qrLabel: 'QR-koodi osoitteelle {{address}}',
  noJoinAddress:
    'Liittymisosoite ei ole tiedossa: se näkyy pääteikkunassa, jossa istunto käynnistettiin.',
  showLarge: 'Näytä suurena',
  notReady: 'Eivät vielä valmiina: {{names}}',
  participantNumber: 'Osallistuja {{number}}',
  networkHeading: 'Verkon tarkistus',
  interfacesHeading: 'Tämän tietokoneen verkot',
  noInterfaces:
    'Ei verkkoa, jonka muut laitteet tavoittaisivat. Yhdistä tietokone työpajan wifi-verkkoon tai puhelimen yhteyspisteeseen ja tarkista uudelleen.',
  checkAgain: 'Tarkista uudelleen',
  webInterfaces: 'Verkkosivu ei näe tietokoneen verkkoja. Listaa ne pääteikkunassa komennolla:',
  webInterfacesThen: 'Käynnistä sitten istunto valinnalla --interface ja verkon nimellä.',
  blockersHeading: 'Tavallisia esteitä',
  blockerFirewall:
    'Palomuuri kysyy lupaa, kun istunto käynnistyy ensimmäisen kerran: salli vain yksityiset verkot, ei julkisia.',
  blockerGuestWifi:
    'Vierasverkot pitävät laitteet usein erillään, jolloin ne eivät tavoita toisiaan. Käytä puhelimen yhteyspistettä tai matkareititintä.',
  blockerVpn: 'VPN voi ohjata liikenteen pois paikallisesta verkosta. Katkaise se työpajan ajaksi.',
  testHeading: 'Kokeile itse',
  testLink: 'Avaa liittymissivu tällä tietokoneella',
  testDesktop: 'Avaa {{address}} selaimessa tällä tietokoneella tai puhelimella samassa verkossa.',
};

const en: Record<keyof typeof sv, string> = {
  devicesButton: 'Participants’ devices',
  heading: 'Participants’ own devices',
  intro:
    'Participants place the models on their own phones or laptops on the same network. Their answers are saved here, on this computer.',
  interface: 'Network participants reach the session on',
  loopbackOnly: 'This computer only (127.0.0.1, for trying it out)',
  start: 'Start the session',
  starting: 'Starting…',
  startFailed: 'The session could not start: {{message}}',
  unknownInterface: 'That network is no longer there. Choose another one from the list.',
  webIntro:
    'In the browser, the session is started in a terminal with npm run session. Then paste the host link it prints.',
  hostLink: 'Host link or host address',
  details: 'Token and join details one by one',
  hostAddress: 'Host address',
  hostToken: 'Host token',
  joinAddress: 'Join address (optional)',
  joinCode: 'Join code (optional)',
  connect: 'Connect to the session',
  badLink:
    'That is not a host link from npm run session. It starts with ws://127.0.0.1: and has the token after the #.',
  cancel: 'Cancel',
  close: 'Close',
  status_connecting: 'Connecting to the session…',
  status_connected: 'Session connected',
  status_reconnecting: 'Connection lost – reconnecting…',
  status_refused: 'The session did not accept the token. Connect again with a new host link.',
  status_replaced: 'Another window is hosting the session now.',
  status_ended: 'The session has ended.',
  counts: '{{joined}} joined · {{ready}} ready',
  joinScreen: 'Join screen',
  networkCheck: 'Network check',
  sharePooled: 'Share the pooled view with participants',
  pooledShared: 'The pooled view of round {{number}} now shows on participants’ devices.',
  endSession: 'End session',
  restartServer: 'Restart the session server',
  restartedSame:
    'The session server restarted at the same address. Participants’ phones reconnect by themselves, with their answers.',
  restartedMoved:
    'The session server restarted at a new address because the old one was taken. Ask participants to scan the QR code again; their places and answers are kept.',
  restartFailed: 'The session server could not be restarted: {{message}}',
  joinHeading: 'Join the workshop',
  joinSteps:
    'Join the same Wi-Fi as this computer, scan the code or open the address, and enter the code.',
  joinAddressLabel: 'Address',
  joinCodeLabel: 'Code',
  qrLabel: 'QR code for {{address}}',
  noJoinAddress: 'The join address is not known: it is in the terminal where the session started.',
  showLarge: 'Show large',
  notReady: 'Not ready yet: {{names}}',
  participantNumber: 'Participant {{number}}',
  networkHeading: 'Network check',
  interfacesHeading: 'Networks on this computer',
  noInterfaces:
    'No network other devices could reach. Connect this computer to the workshop’s Wi-Fi or a phone hotspot and check again.',
  checkAgain: 'Check again',
  webInterfaces:
    'A web page cannot see the computer’s networks. Run this in a terminal to list them:',
  webInterfacesThen: 'Then start the session with --interface and the network’s name.',
  blockersHeading: 'Usual blockers',
  blockerFirewall:
    'The firewall asks for permission the first time the session starts: allow private networks only, not public ones.',
  blockerGuestWifi:
    'Guest Wi-Fi often keeps devices apart so they cannot reach each other. Use a phone hotspot or a travel router.',
  blockerVpn:
    'A VPN may route traffic away from the local network. Turn it off during the workshop.',
  testHeading: 'Try it yourself',
  testLink: 'Open the join page on this computer',
  testDesktop: 'Open {{address}} in a browser on this computer, or on a phone on the same network.',
};

export const sessionMessages = { sv, fi, en };
