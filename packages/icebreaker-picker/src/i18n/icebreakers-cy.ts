import type { IcebreakerTexts } from './icebreakers-en.js';

/** Cymraeg: geiriau’r gweithgareddau torri’r garw sy’n dod gyda’r elfen. */
export const icebreakersCy: IcebreakerTexts = {
  'one-word': {
    title: 'Un gair',
    steps: [
      'Ewch o amgylch y grŵp. Mae pob person yn dweud ei enw ac un gair am sut mae’n cyrraedd heddiw.',
      'Mae unrhyw air yn iawn: “blinedig”, “chwilfrydig”, “llwglyd”. Does dim angen i neb ei esbonio.',
    ],
    nonVerbal: 'Ysgrifennwch y gair ar bapur a’i ddal i fyny, neu teipiwch e yn y sgwrs.',
  },
  'name-and-weather': {
    title: 'Eich tywydd heddiw',
    steps: [
      'Mae pob person yn dweud ei enw ac yn disgrifio sut mae’n teimlo heddiw fel tywydd: heulog, niwlog, ychydig o law mân, gwyntog.',
      'Cadwch at ychydig eiriau. Does dim angen dweud pam.',
    ],
    nonVerbal: 'Tynnwch lun symbol tywydd sydyn a’i ddal i fyny, neu teipiwch emoji tywydd yn y sgwrs.',
  },
  'three-words-chat': {
    title: 'Tri gair yn y sgwrs',
    steps: [
      'Mae pawb yn teipio tri gair am eu hwythnos yn y sgwrs, ar yr un pryd.',
      'Pan fydd y rhan fwyaf o bobl wedi teipio, darllenwch y geiriau’n uchel heb ddweud pwy a’u hysgrifennodd.',
    ],
    nonVerbal:
      'Does dim angen i neb siarad: mae’r geiriau’n cael eu teipio. Gall pobl yn yr ystafell ysgrifennu eu rhai nhw ar bapur.',
  },
  'emoji-check-in': {
    title: 'Un emoji',
    steps: [
      'Mae pawb yn dewis un emoji am fwyd maen nhw’n ei hoffi ac yn ei deipio yn y sgwrs, i gyd ar yr un pryd.',
      'Darllenwch rai ohonyn nhw’n uchel, neu mwynhewch y sgrin yn llawn ohonyn nhw.',
    ],
    nonVerbal: 'Does dim angen i neb siarad: mae’r emoji yn dweud y cyfan.',
  },
  'pick-a-picture': {
    title: 'Dewis llun',
    steps: [
      'Rhowch y lluniau allan lle gall pawb eu cyrraedd neu eu gweld.',
      'Mae pob person yn dewis un maen nhw’n ei hoffi.',
      'Ewch o amgylch: mae pob person yn dal ei lun i fyny, ac yn dweud ychydig eiriau amdano os yw’n dymuno.',
    ],
    prepare: 'Pentwr o gardiau post, ffotograffau neu luniau o gylchgronau: o leiaf dau i bob person.',
    nonVerbal: 'Mae dal y llun i fyny yn ddigon. Does dim angen dweud dim.',
  },
  'picture-grid-online': {
    title: 'Dewis llun ar y sgrin',
    steps: [
      'Rhannwch sgrin gyda naw llun arni, pob un â rhif.',
      'Mae pawb yn teipio rhif y llun maen nhw’n ei hoffi orau yn y sgwrs.',
      'Dywedwch yn uchel pa rifau oedd yn boblogaidd. Gall unrhyw un sy’n dymuno ddweud pam y dewison nhw eu rhif.',
    ],
    prepare: 'Un sleid neu ddelwedd gyda naw llun wedi’u rhifo, fel tirluniau, anifeiliaid neu dywydd.',
    nonVerbal: 'Mae teipio’r rhif yn ddigon. Does dim angen dweud dim.',
  },
  thumbs: {
    title: 'Bawd i fyny, i’r ochr neu i lawr',
    steps: [
      'Gofynnwch i bawb ddangos, i gyd ar yr un pryd, faint o egni sydd ganddyn nhw heddiw: bawd i fyny, i’r ochr neu i lawr.',
      'Edrychwch o gwmpas gyda’ch gilydd. Does neb yn esbonio’i ateb.',
    ],
    noCamera: 'Defnyddiwch y botwm ymateb, neu teipiwch 👍, 👉 neu 👎 yn y sgwrs yn lle hynny.',
    nonVerbal: 'Does dim angen i neb siarad: mae bawd yn dweud y cyfan.',
  },
  'would-you-rather': {
    title: 'Fyddai’n well gennych chi',
    steps: [
      'Darllenwch ddewis ysgafn yn uchel, fel “Te neu goffi?”, “Traeth neu fryniau?”, “Codi’n gynnar neu aros i fyny’n hwyr?”.',
      'Mae pobl yn dangos eu dewis drwy bwyntio at un ochr o’r ystafell, codi llaw, neu deipio yn y sgwrs.',
      'Gwnewch dri neu bedwar dewis, yna symudwch ymlaen.',
    ],
    prepare: 'Pedwar neu bump o ddewisiadau ysgafn “hwn neu’r llall” wedi’u hysgrifennu.',
    noCamera: 'Mae pobl yn teipio eu dewis yn y sgwrs, neu’n defnyddio pôl.',
    nonVerbal: 'Does dim angen i neb siarad: mae pwyntio, codi llaw neu deipio yn ddigon.',
  },
  'draw-your-week': {
    title: 'Tynnu llun o’ch wythnos',
    steps: [
      'Rhowch funud i bawb dynnu llun sydyn o’u hwythnos. Mae ffigurau pric yn berffaith.',
      'Gall pob person ddal ei lun i fyny, ei ddisgrifio mewn ychydig eiriau, neu ei gadw iddo’i hun.',
    ],
    prepare: 'Papur a phinnau ysgrifennu i bawb yn yr ystafell. Dywedwch wrth bobl ar-lein am gael rhai’n barod.',
    noCamera: 'Disgrifiwch y llun mewn ychydig eiriau yn y sgwrs, neu cadwch e i chi’ch hun.',
    nonVerbal: 'Mae dal y llun i fyny yn ddigon, neu cadwch e i chi’ch hun.',
  },
  'sticky-wall': {
    title: 'Wal o obeithion',
    steps: [
      'Mae pawb yn ysgrifennu un gobaith ar gyfer y cyfarfod heddiw ar nodyn gludiog. Dim enwau.',
      'Rhowch y nodiadau ar y wal neu ar fwrdd.',
      'Darllenwch nhw’n uchel gyda’ch gilydd, a’u cadw i fyny am weddill y cyfarfod.',
    ],
    prepare: 'Nodiadau gludiog a phinnau ysgrifennu i bawb.',
    nonVerbal: 'Does dim angen i neb siarad: mae’r nodiadau’n cael eu darllen heb enwau.',
  },
  'map-pins': {
    title: 'Lle yr hoffech chi ymweld ag e',
    steps: [
      'Rhowch fap o’r byd i fyny.',
      'Mae pawb yn marcio lle yr hoffen nhw ymweld ag e ryw ddydd, gyda sticer neu bin ysgrifennu.',
      'Edrychwch ar y map gyda’ch gilydd. Gall unrhyw un ddweud pam y dewison nhw eu lle.',
    ],
    prepare: 'Map mawr a sticeri neu binnau ysgrifennu. Ar-lein: map neu fwrdd gwyn a rennir y gall pobl ei farcio.',
    noCamera: 'Rhannwch y map ar y sgrin: mae pobl yn teipio’r lle yn y sgwrs ac rydych chi’n ei farcio.',
    nonVerbal: 'Mae marcio’r map yn ddigon. Does dim angen dweud dim.',
  },
  'group-playlist': {
    title: 'Rhestr chwarae’r grŵp',
    steps: [
      'Mae pawb yn awgrymu un gân maen nhw’n ei mwynhau, drwy ei hysgrifennu neu ei theipio yn y sgwrs.',
      'Trowch y rhestr yn rhestr chwarae i’w chwarae yn yr egwyl, neu yn y cyfarfod nesaf.',
    ],
    nonVerbal: 'Does dim angen i neb siarad: mae’r gân yn cael ei hysgrifennu neu ei theipio.',
  },
  'favourite-snack': {
    title: 'Hoff fisged',
    steps: [
      'Ewch o amgylch y grŵp. Mae pob person yn dweud ei enw a’i hoff fisged neu fyrbryd.',
      'Mae anghytuno am fisgedi cwstard yn cael ei ganiatáu.',
    ],
    nonVerbal: 'Ysgrifennwch e a’i ddal i fyny, neu teipiwch e yn y sgwrs.',
  },
  'tea-order': {
    title: 'Sut ydych chi’n hoffi eich te?',
    steps: [
      'Mae pob person yn dweud ei enw a sut mae’n hoffi ei de, ei goffi neu ei hoff ddiod.',
      'Gall rhywun gadw’r rhestr ar gyfer y rownd de nesaf.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'theme-tune': {
    title: 'Eich cân arwyddo',
    steps: [
      'Mae pob person yn dweud ei enw a chân a allai chwarae wrth iddo gerdded i mewn i ystafell heddiw.',
      'Does dim rhaid ei hymian.',
    ],
    nonVerbal: 'Teipiwch enw’r gân yn y sgwrs neu ei ysgrifennu.',
  },
  'desert-island': {
    title: 'Un peth ar ynys bellennig',
    steps: [
      'Mae pob person yn enwi un peth (nid person nac anifail anwes) y byddai’n ei gymryd i ynys bellennig.',
      'Mae rhywbeth defnyddiol neu rywbeth gwirion yn iawn.',
    ],
    nonVerbal: 'Ysgrifennwch neu tynnwch lun o’r peth a’i ddal i fyny, neu teipiwch e yn y sgwrs.',
  },
  'colour-of-the-day': {
    title: 'Lliw’r dydd',
    steps: [
      'Mae pob person yn dweud ei enw a lliw am sut mae ei ddiwrnod yn mynd.',
      'Does dim angen i neb ddweud pam, ond gallan nhw.',
    ],
    nonVerbal: 'Daliwch rywbeth o’r lliw hwnnw i fyny, neu teipiwch y lliw yn y sgwrs.',
  },
  'good-thing': {
    title: 'Un peth da',
    steps: [
      'Mae pob person yn rhannu un peth da o’r wythnos ddiwethaf, waeth pa mor fach: mae paned dda yn cyfrif.',
      'Gwrandewch, a symudwch ymlaen. Does dim angen ymateb.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'looking-forward': {
    title: 'Rhywbeth i edrych ymlaen ato',
    steps: [
      'Mae pob person yn dweud un peth mae’n edrych ymlaen ato, mawr neu fach: y penwythnos, pryd o fwyd, gêm.',
      'Cadwch at frawddeg neu ddwy.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'hopes-for-today': {
    title: 'Un gobaith ar gyfer heddiw',
    steps: [
      'Mae pob person yn dweud ei enw ac un peth mae’n gobeithio ei gael o’r cyfarfod heddiw.',
      'Ysgrifennwch y gobeithion, ac edrychwch yn ôl arnyn nhw ar y diwedd.',
    ],
    prepare: 'Rhywle i ysgrifennu’r gobeithion lle gall pawb eu gweld.',
    nonVerbal: 'Ysgrifennwch e ar nodyn, neu teipiwch e yn y sgwrs, ac mae rhywun yn ei ddarllen yn uchel.',
  },
  'could-teach': {
    title: 'Rhywbeth y gallech chi ei ddysgu i eraill',
    steps: [
      'Mae pob person yn enwi un peth bach y gallai ei ddysgu i rywun mewn pum munud: tric cardiau, rysáit, cwlwm.',
      'Gall unrhyw un gynnig dysgu ei beth nes ymlaen, os yw’n dymuno.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'useless-superpower': {
    title: 'Pŵer arbennig diwerth',
    steps: [
      'Mae pob person yn dyfeisio pŵer arbennig na fyddai o unrhyw ddefnydd o gwbl, fel gwybod bob amser faint o’r gloch yw hi ym Mheriw.',
      'Mae chwerthin yn cael ei annog.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'window-view': {
    title: 'Yr olygfa o’ch ffenest',
    steps: [
      'Mae pob person yn disgrifio mewn brawddeg beth mae’n gallu ei weld o’r ffenest agosaf: toeau, glaw, coeden, wal.',
      'Does dim angen dweud ble rydych chi.',
    ],
    nonVerbal: 'Teipiwch y disgrifiad yn y sgwrs.',
  },
  'something-near-you': {
    title: 'Rhywbeth o fewn cyrraedd',
    steps: [
      'Mae pob person yn codi un peth o fewn cyrraedd: mwg, pin ysgrifennu, planhigyn.',
      'Dangoswch e a dweud un peth amdano.',
    ],
    noCamera: 'Disgrifiwch y peth mewn geiriau yn lle ei ddangos.',
    nonVerbal: 'Dangoswch e i’r camera, neu teipiwch beth ydyw yn y sgwrs.',
  },
  'two-true-one-not': {
    title: 'Dau wir, un ffug',
    steps: [
      'Mae pob person yn dweud tri pheth byr am ei ddiddordebau neu’r hyn mae’n ei hoffi: dau yn wir, un yn ffug.',
      'Mae pawb yn dyfalu pa un sy’n ffug, yna mae’r person yn dweud.',
      'Cadwch bethau’n ysgafn: hoff fwydydd, lleoedd, diddordebau.',
    ],
    nonVerbal: 'Teipiwch y tri pheth yn y sgwrs; mae pobl yn dyfalu gyda rhif.',
  },
  'three-in-common': {
    title: 'Tri pheth yn gyffredin',
    steps: [
      'Rhannwch yn barau neu’n grwpiau o dri.',
      'Dewch o hyd i dri pheth sy’n gyffredin i chi sydd ddim i’w wneud â gwaith: hoff fwyd, lle, ffilm.',
      'Mae pob grŵp yn rhannu un o’i dri pheth gyda phawb.',
    ],
    noCamera: 'Ar-lein, defnyddiwch ystafelloedd grŵp; gall parau siarad neu deipio.',
    nonVerbal: 'Gall parau ysgrifennu at ei gilydd, ar bapur neu yn y sgwrs.',
  },
  'rose-and-bud': {
    title: 'Rhosyn a blaguryn',
    steps: [
      'Mae pob person yn rhannu rhosyn, un peth da o’i wythnos, a blaguryn, un peth mae’n edrych ymlaen ato.',
      'Mae brawddeg yr un yn ddigon.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch y ddau beth.',
  },
  'finish-the-sentence': {
    title: 'Gorffen y frawddeg',
    steps: [
      'Darllenwch ddechrau brawddeg yn uchel: “Heddiw rydw i’n dod â…” (fel “…llawer o gwestiynau” neu “…bisgedi”).',
      'Mae pob person yn dweud ei enw ac yn ei gorffen.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch ddiwedd y frawddeg.',
  },
  'local-favourite': {
    title: 'Hoff le gerllaw',
    steps: [
      'Mae pob person yn enwi lle gerllaw mae’n ei hoffi: caffi, parc, llwybr cerdded, siop.',
      'Gall eraill ei nodi i roi cynnig arno.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'thank-you-round': {
    title: 'Diolch',
    steps: [
      'Mae pob person yn diolch i rywun, yma neu beidio, am rywbeth o’r wythnos ddiwethaf. Gall fod yn fach: dal drws, neges garedig.',
      'Does dim angen i neb ddweud pwy, os byddai’n well ganddyn nhw beidio.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'name-story': {
    title: 'Stori eich enw',
    steps: [
      'Mae pob person yn dweud ei enw ac, os yw’n dymuno, rywbeth amdano: o ble mae’n dod, neu beth mae pobl yn ei alw.',
      'Gall hyn gyffwrdd â theulu a diwylliant. Rhannwch dim ond yr hyn rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch ychydig eiriau am eich enw.',
  },
  'proud-of': {
    title: 'Rhywbeth rydych chi’n falch ohono',
    steps: [
      'Mae pob person yn rhannu rhywbeth mae’n falch ohono, o unrhyw adeg yn ei fywyd.',
      'Gall fod yn fach. Rhannwch dim ond yr hyn rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Ysgrifennwch e neu teipiwch e yn y sgwrs.',
  },
  'place-that-matters': {
    title: 'Lle sy’n bwysig i chi',
    steps: [
      'Mae pob person yn disgrifio lle sy’n bwysig iddo ac yn dweud ychydig am pam.',
      'Rhannwch dim ond yr hyn rydych chi’n hapus i’w rannu.',
    ],
    nonVerbal: 'Tynnwch lun neu ysgrifennwch am y lle, a’i ddangos os ydych chi’n dymuno.',
  },
  'childhood-game': {
    title: 'Gêm roeddech chi’n ei charu’n blentyn',
    steps: [
      'Mae pob person yn enwi gêm roedd yn ei charu pan oedd yn ifanc, ac yn dweud sut roedd hi’n cael ei chwarae.',
      'Doedd plentyndod ddim yn hawdd i bawb: mae pasio bob amser yn iawn.',
    ],
    nonVerbal: 'Ysgrifennwch neu teipiwch enw’r gêm.',
  },
};
