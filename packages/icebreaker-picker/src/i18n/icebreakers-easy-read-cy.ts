import type { EasyReadIcebreakerTexts } from './icebreakers-easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh): the built-in icebreakers'
 * steps, as many as the English Easy Read has (a test checks). "eu" for a
 * person, as WELSH.md suggests; pinnau ysgrifennu, as the glossary, not
 * pennau or beiros. Needs a fluent Easy
 * Read Welsh reviewer before it ships.
 */
export const icebreakersEasyCy: EasyReadIcebreakerTexts = {
  'one-word': {
    title: '1 gair',
    steps: [
      'Rydyn ni’n mynd o amgylch y grŵp.',
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud 1 gair am sut maen nhw’n teimlo heddiw. Er enghraifft: “wedi blino”, “hapus” neu “llwglyd”.',
      'Does dim rhaid i chi esbonio eich gair.',
    ],
    nonVerbal: 'Gallwch chi ysgrifennu eich gair ar bapur a’i ddal i fyny. Neu ei deipio yn y sgwrs.',
  },
  'name-and-weather': {
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud sut maen nhw’n teimlo, fel petai’n dywydd. Er enghraifft: “heulog” neu “niwlog”.',
      'Gall heulog olygu hapus. Gall niwlog olygu ychydig ar goll.',
      'Dim ond ychydig eiriau. Does dim rhaid i chi ddweud pam.',
    ],
    nonVerbal: 'Gallwch chi dynnu llun o’r tywydd a’i ddal i fyny. Neu deipio llun tywydd yn y sgwrs.',
  },
  'three-words-chat': {
    title: '3 gair yn y sgwrs',
    steps: [
      'Mae pawb yn teipio 3 gair am eu hwythnos yn y sgwrs.',
      'Mae pawb yn teipio ar yr un pryd.',
      'Yna mae rhywun yn darllen y geiriau’n uchel. Dydyn nhw ddim yn dweud pwy a’u hysgrifennodd.',
    ],
    nonVerbal: 'Does dim rhaid i neb siarad. Gall pobl yn yr ystafell ysgrifennu eu geiriau ar bapur.',
  },
  'emoji-check-in': {
    title: '1 emoji',
    steps: [
      'Llun bach yw emoji, fel wyneb yn gwenu.',
      'Mae pawb yn dewis 1 emoji am sut mae eu hwythnos wedi bod.',
      'Mae pawb yn ei deipio yn y sgwrs ar yr un pryd.',
      'Darllenwch rai yn uchel. Neu edrychwch arnyn nhw i gyd gyda’ch gilydd.',
    ],
    nonVerbal: 'Does dim rhaid i neb siarad. Mae’r emoji yn dweud y cyfan.',
  },
  'pick-a-picture': {
    steps: [
      'Rhowch y lluniau allan lle gall pawb eu gweld.',
      'Mae pob person yn dewis 1 llun sy’n dangos sut maen nhw’n teimlo heddiw.',
      'Rydyn ni’n mynd o amgylch y grŵp. Mae pob person yn dal eu llun i fyny.',
      'Gallan nhw ddweud ychydig eiriau amdano os ydyn nhw eisiau.',
    ],
    prepare: 'Llawer o gardiau post, ffotograffau neu luniau o gylchgronau. Cael o leiaf 2 i bob person.',
    nonVerbal: 'Mae dal y llun i fyny yn ddigon. Does dim rhaid i chi ddweud dim.',
  },
  'picture-grid-online': {
    steps: [
      'Rhannwch sgrin gyda 9 o luniau arni. Mae rhif ar bob llun.',
      'Mae pawb yn teipio rhif y llun sy’n dangos sut maen nhw’n teimlo.',
      'Dywedwch pa rifau wnaeth llawer o bobl eu dewis.',
      'Gall unrhyw un ddweud pam wnaethon nhw ddewis eu llun, os ydyn nhw eisiau.',
    ],
    prepare: '1 sleid gyda 9 o luniau a rhif ar bob un. Er enghraifft: lleoedd, anifeiliaid neu dywydd.',
    nonVerbal: 'Mae teipio’r rhif yn ddigon. Does dim rhaid i chi ddweud dim.',
  },
  thumbs: {
    steps: [
      'Gofynnwch i bawb faint o egni sydd ganddyn nhw heddiw.',
      'Mae pawb yn dangos eu bawd ar yr un pryd.',
      'Mae bawd i fyny yn golygu llawer o egni. Mae bawd i’r ochr yn golygu rhywfaint. Mae bawd i lawr yn golygu dim llawer.',
      'Edrychwch o gwmpas gyda’ch gilydd. Does dim rhaid i neb esbonio.',
    ],
    noCamera: 'Defnyddiwch y botwm ymateb yn lle hynny. Neu teipiwch 👍, 👉 neu 👎 yn y sgwrs.',
    nonVerbal: 'Does dim rhaid i neb siarad. Mae eich bawd yn dweud y cyfan.',
  },
  'would-you-rather': {
    steps: [
      'Darllenwch ddewis hawdd yn uchel. Er enghraifft: “Te neu goffi?” neu “Traeth neu fryniau?”',
      'Mae pobl yn dangos beth maen nhw’n ei ddewis. Gallan nhw bwyntio, codi llaw neu deipio yn y sgwrs.',
      'Gwnewch 3 neu 4 o ddewisiadau. Yna symudwch ymlaen.',
    ],
    prepare: 'Ysgrifennwch 4 neu 5 o ddewisiadau hawdd, fel “te neu goffi”.',
    noCamera: 'Mae pobl yn teipio beth maen nhw’n ei ddewis yn y sgwrs. Neu maen nhw’n clicio eu hateb mewn pôl.',
    nonVerbal: 'Does dim rhaid i neb siarad. Mae pwyntio, codi llaw neu deipio yn ddigon.',
  },
  'draw-your-week': {
    steps: [
      'Mae gan bawb 1 munud i dynnu llun o’u hwythnos. Mae ffigurau pric yn iawn.',
      'Gall pob person ddal eu llun i fyny. Gallan nhw ddweud ychydig eiriau amdano.',
      'Neu gallan nhw ei gadw iddyn nhw eu hunain.',
    ],
    prepare: 'Papur a phinnau ysgrifennu i bawb yn yr ystafell. Dywedwch wrth bobl ar-lein am gael rhai’n barod.',
    noCamera: 'Dywedwch beth wnaethoch chi ei dynnu mewn ychydig eiriau yn y sgwrs. Neu cadwch e i chi’ch hun.',
    nonVerbal: 'Mae dal eich llun i fyny yn ddigon. Neu cadwch e i chi’ch hun.',
  },
  'sticky-wall': {
    steps: [
      'Mae pawb yn ysgrifennu 1 gobaith ar gyfer y cyfarfod heddiw ar nodyn gludiog. Peidiwch ag ysgrifennu eich enw.',
      'Rhowch y nodiadau ar y wal neu ar fwrdd.',
      'Darllenwch nhw’n uchel gyda’ch gilydd.',
      'Cadwch nhw i fyny tan ddiwedd y cyfarfod.',
    ],
    prepare: 'Nodiadau gludiog a phinnau ysgrifennu i bawb.',
    nonVerbal: 'Does dim rhaid i neb siarad. Mae rhywun yn darllen y nodiadau heb enwau.',
  },
  'map-pins': {
    steps: [
      'Rhowch fap o’r byd i fyny.',
      'Mae pawb yn marcio lle yr hoffen nhw ymweld ag e ryw ddydd. Defnyddiwch sticer neu bin ysgrifennu.',
      'Edrychwch ar y map gyda’ch gilydd.',
      'Gall unrhyw un ddweud pam wnaethon nhw ddewis eu lle.',
    ],
    prepare: 'Map mawr, a sticeri neu binnau ysgrifennu. Ar-lein: map ar y sgrin y gall pobl ei farcio.',
    noCamera: 'Rhannwch y map ar y sgrin. Mae pobl yn teipio’r lle yn y sgwrs. Rydych chi’n ei farcio.',
    nonVerbal: 'Mae marcio’r map yn ddigon. Does dim rhaid i chi ddweud dim.',
  },
  'group-playlist': {
    steps: [
      'Mae pawb yn dweud 1 gân maen nhw’n ei hoffi. Gallan nhw ei hysgrifennu neu ei theipio yn y sgwrs.',
      'Gwnewch restr o’r caneuon.',
      'Chwaraewch y caneuon yn yr egwyl, neu yn y cyfarfod nesaf.',
    ],
    nonVerbal: 'Does dim rhaid i neb siarad. Gallwch chi ysgrifennu neu deipio eich cân.',
  },
  'favourite-snack': {
    steps: [
      'Rydyn ni’n mynd o amgylch y grŵp.',
      'Mae pob person yn dweud eu henw a’u hoff fisged neu fyrbryd.',
      'Mae’n iawn anghytuno am fisgedi!',
    ],
    nonVerbal: 'Ysgrifennwch e a’i ddal i fyny. Neu teipiwch e yn y sgwrs.',
  },
  'tea-order': {
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud sut maen nhw’n hoffi eu te, eu coffi neu eu hoff ddiod.',
      'Gall rhywun gadw’r rhestr ar gyfer yr egwyl de nesaf.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'theme-tune': {
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud cân yr hoffen nhw ei chwarae wrth gerdded i mewn i ystafell.',
      'Gallwch chi ei hymian os ydych chi eisiau.',
    ],
    nonVerbal: 'Teipiwch enw’r gân yn y sgwrs. Neu ysgrifennwch e.',
  },
  'desert-island': {
    steps: [
      'Dychmygwch eich bod chi’n mynd i fyw ar ynys ar eich pen eich hun.',
      'Mae pob person yn dweud 1 peth y bydden nhw’n mynd ag e. Nid person nac anifail anwes.',
      'Mae pethau defnyddiol a phethau gwirion yn iawn.',
    ],
    nonVerbal: 'Ysgrifennwch neu tynnwch lun o’r peth a’i ddal i fyny. Neu teipiwch e yn y sgwrs.',
  },
  'colour-of-the-day': {
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud lliw am sut mae eu diwrnod yn mynd.',
      'Does dim rhaid i chi ddweud pam. Ond gallwch chi.',
    ],
    nonVerbal: 'Daliwch rywbeth o’r lliw hwnnw i fyny. Neu teipiwch y lliw yn y sgwrs.',
  },
  'good-thing': {
    title: '1 peth da',
    steps: [
      'Mae pob person yn dweud 1 peth da o’r wythnos ddiwethaf.',
      'Gall fod yn fach. Mae paned dda yn cyfrif.',
      'Gwrandewch, yna symudwch ymlaen. Does dim rhaid i neb ymateb.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'looking-forward': {
    steps: [
      'Mae pob person yn dweud 1 peth maen nhw’n edrych ymlaen ato.',
      'Gall fod yn fawr neu’n fach. Er enghraifft: y penwythnos, pryd o fwyd neu gêm.',
      'Cadwch e’n fyr.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'hopes-for-today': {
    title: '1 gobaith ar gyfer heddiw',
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Yna maen nhw’n dweud 1 peth maen nhw’n gobeithio ei gael o’r cyfarfod heddiw.',
      'Ysgrifennwch y gobeithion.',
      'Edrychwch arnyn nhw eto ar y diwedd.',
    ],
    prepare: 'Rhywle i ysgrifennu’r gobeithion, lle gall pawb eu gweld.',
    nonVerbal: 'Ysgrifennwch e ar nodyn, neu teipiwch e yn y sgwrs. Mae rhywun yn ei ddarllen yn uchel.',
  },
  'could-teach': {
    steps: [
      'Mae pob person yn dweud 1 peth bach y gallen nhw ei ddysgu i rywun mewn 5 munud.',
      'Er enghraifft: tric cardiau, rysáit neu sut i glymu cwlwm.',
      'Wedyn, gall unrhyw un ddysgu eu peth nhw i eraill os ydyn nhw eisiau.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'useless-superpower': {
    steps: [
      'Mae pŵer arbennig yn sgil hud, fel hedfan.',
      'Mae pob person yn creu pŵer arbennig fyddai ddim o unrhyw ddefnydd o gwbl.',
      'Er enghraifft: gwybod bob amser faint o’r gloch yw hi ym Mheriw.',
      'Mae’n iawn chwerthin!',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'window-view': {
    steps: [
      'Mae pob person yn edrych allan o’r ffenest agosaf.',
      'Maen nhw’n dweud beth maen nhw’n gallu ei weld. Er enghraifft: toeau, glaw, coeden neu wal.',
      'Does dim rhaid i chi ddweud ble rydych chi.',
    ],
    nonVerbal: 'Teipiwch beth rydych chi’n gallu ei weld yn y sgwrs.',
  },
  'something-near-you': {
    steps: [
      'Mae pob person yn codi 1 peth sy’n agos atyn nhw. Er enghraifft: mwg, pin ysgrifennu neu blanhigyn.',
      'Dangoswch e a dweud 1 peth amdano.',
    ],
    noCamera: 'Dywedwch beth yw’r peth, yn lle ei ddangos.',
    nonVerbal: 'Dangoswch e i’r camera. Neu teipiwch beth yw e yn y sgwrs.',
  },
  'two-true-one-not': {
    title: '2 beth gwir ac 1 peth ffug',
    steps: [
      'Mae pob person yn dweud 3 pheth byr am beth maen nhw’n ei hoffi.',
      'Mae 2 beth yn wir. Mae 1 peth yn ffug.',
      'Mae pawb yn dyfalu pa un sy’n ffug. Yna mae’r person yn dweud wrthyn nhw.',
      'Cadwch e’n hawdd. Er enghraifft: hoff fwyd, lleoedd neu ddiddordebau.',
    ],
    nonVerbal: 'Teipiwch y 3 pheth yn y sgwrs. Mae pobl yn dyfalu gyda rhif.',
  },
  'three-in-common': {
    title: '3 pheth yn gyffredin',
    steps: [
      'Ewch yn barau neu’n grwpiau o 3.',
      'Dewch o hyd i 3 pheth rydych chi i gyd yn eu hoffi, sydd ddim am waith. Er enghraifft: bwyd neu ffilm.',
      'Mae pob grŵp yn dweud 1 o’u 3 pheth wrth bawb.',
    ],
    noCamera: 'Ar-lein, rhowch bob grŵp yn ei ystafell fach ei hun. Gall pobl siarad neu deipio.',
    nonVerbal: 'Gall pobl ysgrifennu at ei gilydd ar bapur neu yn y sgwrs.',
  },
  'rose-and-bud': {
    steps: [
      'Blodyn yw rhosyn. Yma mae’n golygu 1 peth da o’ch wythnos.',
      'Blodyn sydd heb agor eto yw blaguryn. Yma mae’n golygu 1 peth i edrych ymlaen ato.',
      'Mae pob person yn dweud eu rhosyn a’u blaguryn.',
      'Mae brawddeg yr un yn ddigon.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch y 2 beth.',
  },
  'finish-the-sentence': {
    steps: [
      'Darllenwch ddechrau brawddeg yn uchel: “Heddiw rydw i’n dod â…”',
      'Mae pob person yn dweud eu henw. Yna maen nhw’n gorffen y frawddeg.',
      'Er enghraifft: “…llawer o gwestiynau” neu “…bisgedi”.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch ddiwedd y frawddeg.',
  },
  'local-favourite': {
    steps: [
      'Mae pob person yn dweud lle yn agos i fan hyn maen nhw’n ei hoffi.',
      'Er enghraifft: caffi, parc, llwybr cerdded neu siop.',
      'Gall pobl eraill ei ysgrifennu i roi cynnig arno.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'thank-you-round': {
    steps: [
      'Mae pob person yn diolch i rywun am rywbeth o’r wythnos ddiwethaf.',
      'Gall y person maen nhw’n diolch iddo fod yma neu beidio.',
      'Gall fod yn fach. Er enghraifft: dal drws, neu neges garedig.',
      'Does dim rhaid i chi ddweud pwy, os nad ydych chi eisiau.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'name-story': {
    steps: [
      'Mae pob person yn dweud eu henw.',
      'Os ydyn nhw eisiau, maen nhw’n dweud rhywbeth am eu henw. Er enghraifft: o ble mae’n dod.',
      'Gall hyn fod am deulu a diwylliant. Dim ond rhannu beth rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch ychydig eiriau am eich enw.',
  },
  'proud-of': {
    steps: [
      'Mae pob person yn dweud rhywbeth maen nhw’n falch ohono.',
      'Gall fod o unrhyw adeg yn eu bywyd.',
      'Gall fod yn fach. Dim ond rhannu beth rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Ysgrifennwch e. Neu teipiwch e yn y sgwrs.',
  },
  'place-that-matters': {
    steps: [
      'Mae pob person yn siarad am le sy’n bwysig iddyn nhw.',
      'Maen nhw’n dweud ychydig am pam.',
      'Dim ond rhannu beth rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Tynnwch lun neu ysgrifennwch am y lle. Dangoswch e os ydych chi eisiau.',
  },
  'childhood-game': {
    steps: [
      'Mae pob person yn dweud gêm roedden nhw’n ei charu pan oedden nhw’n ifanc.',
      'Maen nhw’n dweud sut i’w chwarae.',
      'Doedd bod yn ifanc ddim yn hawdd i bawb. Mae pasio bob amser yn iawn.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch enw’r gêm.',
  },
};
