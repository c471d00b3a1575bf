import type { Strings } from '@coproduce/core';
import type { words as english } from './guidance-en.js';

/** Cymraeg: “Mwy am y nodwedd hon”, the guidance behind each default mark. */
export const words: Strings<typeof english> = {
  'mark.starting-positively.more':
    'Siaradwch â phob person cyn y cyfarfod cyntaf: beth maen nhw eisiau ei gael ohono, a beth fyddai’n ei gwneud yn haws dod. Cytunwch ar y tâl cyn i neb ddechrau, a thalwch ar amser. Gofynnwch sut mae pobl yn hoffi cwrdd: yr amser o’r dydd, y lle, ar-lein neu mewn ystafell, ac unrhyw gymorth sydd ei angen arnyn nhw.',
  'mark.shared-purpose.more':
    'Cytunwch mewn geiriau plaen beth yw pwrpas y prosiect a beth fyddai’n cyfrif fel llwyddiant, a’i ysgrifennu. Gwiriwch fod pobl â phrofiad bywyd wedi’i siapio, nid staff yn unig. Dewch yn ôl ato pan fydd pethau’n newid.',
  'mark.what-can-change.more':
    'Byddwch yn glir am yr hyn y gall y grŵp ei benderfynu, yr hyn y gall ddylanwadu arno, a’r hyn sydd wedi’i bennu’n barod. Enwch pwy sy’n gwneud y penderfyniadau na all y grŵp eu gwneud. Byddai’n well gan bobl wybod y terfynau nawr na chanfod wedyn nad oedd eu syniadau erioed yn bosibl.',
  'mark.easy-to-join.more':
    'Gofynnwch i bob person beth sy’n eu helpu i gymryd rhan: amseroedd, lleoedd, teithio, egwyliau, print bras, ystafell dawel, rhywun i ddod gyda nhw. Talwch gostau teithio a gofal ymlaen llaw lle gallwch chi. Gofynnwch eto wrth i’r prosiect fynd yn ei flaen, gan fod anghenion yn newid.',
  'mark.right-for-this.more':
    'Mae cydgynhyrchu angen lle i bobl newid yr hyn sy’n digwydd, a’r amser, yr arian a’r cymorth i’w wneud yn iawn. Os yw’r penderfyniadau mawr wedi’u gwneud yn barod, dywedwch hynny, a meddyliwch eto a ddylech chi ofyn i bobl o gwbl. Mae’n well bod yn onest nawr na gofyn am syniadau na all neb eu defnyddio.',
  'mark.who-is-missing.more':
    'Edrychwch o gwmpas y grŵp a gofynnwch pwy sydd ar goll: pobl o rai oedrannau, cefndiroedd, ieithoedd neu brofiadau. Gofynnwch pam: yr amser, y lle, y gost, ymddiriedaeth, neu sut clywodd pobl amdano. Newidiwch yr hyn a allwch chi, a dywedwch beth wnaethoch chi roi cynnig arno.',
  'mark.our-words.more':
    'Gwnewch restr fer o’r geiriau y bydd y grŵp yn eu defnyddio, a’r geiriau y bydd yn eu hosgoi. Gofynnwch i bobl beth hoffen nhw gael eu galw. Pan fydd rhywun yn defnyddio gair neu fyrfodd nad yw pawb yn ei wybod, gall unrhyw un ofyn beth mae’n ei olygu, ac mae croeso i hynny.',
  'mark.listening.more':
    'Sylwch pwy sy’n cael eu torri ar eu traws neu pwy mae eraill yn siarad drostyn nhw, a phwy sy’n siarad fwyaf. Rhowch amser i bobl orffen, a ffyrdd o ychwanegu pethau’n ysgrifenedig neu wedyn. Dangoswch beth wnaethoch chi â’r hyn a ddywedodd pobl, fel eu bod yn gwybod iddo gael ei glywed.',
  'mark.new-skills.more':
    'Gofynnwch i bobl beth hoffen nhw ei ddysgu, a chynigiwch hyfforddiant, mentora neu gyfle i ymarfer. Enwch y sgiliau mae pobl yn eu hennill, fel cadeirio cyfarfod neu siarad â phanel, fel y gallan nhw eu defnyddio mewn mannau eraill, ar CV er enghraifft. Mae staff yn dysgu gan bobl â phrofiad bywyd hefyd: dywedwch hynny.',
  'mark.icebreakers.more':
    'Cadwch nhw’n fyr, yn ysgafn ac yn ddewisol: gall unrhyw un basio heb roi rheswm. Defnyddiwch enwau cyntaf, nid teitlau swyddi. Cynigiwch ffyrdd o ymuno heb siarad neu gyda chamerâu i ffwrdd, ac osgowch gwestiynau sy’n gofyn i bobl rannu rhywbeth personol.',
  'mark.creative-ways.more':
    'Dydy pawb ddim yn meddwl orau drwy siarad neu ysgrifennu. Rhowch gynnig ar dynnu lluniau, ffotograffau, gwrthrychau, mapiau, straeon, neu gerdded a siarad. Gadewch i bobl ddewis sut maen nhw’n cymryd rhan, a chadwch a defnyddiwch yr hyn maen nhw’n ei wneud fel unrhyw syniad arall.',
  'mark.conflict.more':
    'Mae anghytuno’n normal a gall fod yn ddefnyddiol. Cytunwch yn gynnar sut byddwch chi’n delio ag e: cymerwch seibiant, gwrandewch ar bob ochr, ac edrychwch ar beth a’i achosodd. Os yw rhywun yn ypsetio, holwch sut maen nhw’n garedig, yn breifat os yw’n well ganddyn nhw, a chynigiwch gymorth. Deliwch â phroblemau’n gynnar, cyn iddyn nhw dyfu.',
  'mark.community.more':
    'Cysylltwch y prosiect â’r lleoedd a’r grwpiau mae pobl yn perthyn iddyn nhw’n barod. Cwrddwch yn y gymuned lle gallwch chi, a rhannwch yr hyn rydych chi’n ei ddysgu â hi. Gofynnwch beth gall y prosiect ei roi yn ôl, nid dim ond yr hyn sydd ei angen arno.',
  'mark.power.more':
    'Siaradwch yn agored am bwy sydd â mwy o lais: pwy sy’n dal y gyllideb, pwy sy’n cadeirio, pwy sy’n ysgrifennu’r nodiadau. Rhannwch y swyddi hynny. Gadewch i bobl â phrofiad bywyd fynd gyntaf weithiau, a gwiriwch fod penderfyniadau wedi’u siapio ganddyn nhw, nid dim ond wedi’u cytuno ar y diwedd.',
  'mark.ongoing-reviews.more':
    'Ym mhob cyfarfod, cymerwch ychydig funudau i ofyn: Beth yw ein bylchau? Ydy pawb yn teimlo eu bod yn cael eu clywed a’u gwerthfawrogi? Beth dylen ni ei newid? Gwnewch hi’n hawdd ateb heb siarad, ar bapur er enghraifft. Gweithredwch ar yr atebion, a dywedwch beth newidiodd.',
  'mark.decompress.more':
    'Gall siarad am brofiad bywyd fod yn anodd. Cynlluniwch egwyliau a lle tawel, a gorffennwch gyfarfodydd yn dawel yn hytrach nag ar frys. Dywedwch wrth bobl ble gallan nhw gael cymorth wedyn, a holwch sut mae unrhyw un a oedd i’w weld yn ypset.',
  'mark.planning-for-change.more':
    'Mae bywydau pobl yn newid: salwch, gwaith, gofalu, neu angen seibiant. Cytunwch sut gall rhywun gamu’n ôl a dod yn ôl heb golli eu lle. Cadwch nodiadau fel y gall pobl newydd ddal i fyny, a rhowch groeso iawn iddyn nhw. Diolchwch i bobl sy’n gadael, a dywedwch wrthyn nhw beth ddaeth o’u gwaith.',
  'mark.allyship.more':
    'Heriwch hiliaeth a gwahaniaethu pan fyddwch chi’n ei weld neu’n ei glywed, yn yr ystafell ac yn y sefydliad. Peidiwch â’i adael i’r bobl mae’n effeithio arnyn nhw i godi llais. Dysgwch am brofiadau pobl yn y grŵp, a gwiriwch fod pawb yn cael eu trin yn deg, gan gynnwys sut mae pobl yn cael eu talu a’u cydnabod.',
  'mark.online-comfort.more':
    'Mae camerâu bob amser yn ddewisol. Gwiriwch fod pawb yn gallu mynd ar-lein a defnyddio’r offer, a chynigiwch help neu ffordd o ymuno dros y ffôn. Defnyddiwch y sgwrs a ffyrdd eraill o ymuno heblaw siarad. Cadwch gyfarfodydd ar-lein yn fyrrach, gydag egwyliau.',
  'mark.admin-support.more':
    'Mae cydgynhyrchu’n gofyn am lawer o drefnu: archebu ystafelloedd, anfon papurau yn y fformatau cywir, trefnu teithio a sicrhau bod pobl yn cael eu talu ar amser. Gwnewch hyn yn swydd i rywun, rhowch amser a chyllideb iddo, a diolchwch iddyn nhw amdano. Pan fydd gwaith gweinyddu’n cael ei adael i siawns, mae pobl yn rhoi’r gorau iddi.',
  'mark.crediting.more':
    'Gofynnwch i bob person sut hoffen nhw gael eu cydnabod: enw llawn, enw cyntaf, enw ffug, neu ddim o gwbl. Enwch ran pawb mewn adroddiadau, sgyrsiau a gwefannau. Peidiwch byth â chyflwyno gwaith a gydgynhyrchwyd fel gwaith un person neu un sefydliad.',
  'mark.sharing-change.more':
    'Dywedwch wrth bawb a gymerodd ran beth ddigwyddodd oherwydd eu hamser a’u syniadau, gan gynnwys yr hyn na allai newid a pham. Gwnewch hynny’n fuan, ac mewn ffordd y gall pobl ei defnyddio. Yr enw ar hyn yn aml yw “dywedoch chi, fe wnaethon ni”.',
  'mark.celebrating.more':
    'Nodwch yr hyn a gyflawnodd y grŵp mewn ffordd mae pawb yn ei mwynhau: pryd o fwyd, digwyddiad, tystysgrif neu ddiolch syml. Gofynnwch i’r grŵp sut hoffen nhw ddathlu, a chynhwyswch bobl a adawodd ar y ffordd.',
  'mark.accessible-sharing.more':
    'Rhannwch yr hyn a gawsoch chi mewn iaith blaen, ac yn y fformatau sydd eu hangen ar bobl: Hawdd ei Ddeall, print bras, sain, Saesneg neu ieithoedd eraill. Gofynnwch i bobl â phrofiad bywyd ei wirio, a’i rannu â’r grŵp yn gyntaf.',
  'mark.looking-back.more':
    'Cymharwch sgorau heddiw â rhai cynharach a siaradwch am pam y gwnaethon nhw symud. Myfyrdod y grŵp ei hun yw’r sgorau, nid targed. Gall sgôr is fod yn arwydd da: mae’r grŵp yn gweld yn gliriach nawr.',
  'mark.take-forward.more':
    'Enwch yr hyn a weithiodd yn dda, fel y gallwch chi neu eraill ei wneud eto. Ysgrifennwch e mewn geiriau plaen, a’i rannu â’r bobl a fydd yn cynllunio’r prosiect nesaf.',
  'mark.drop.more':
    'Cytunwch beth na weithiodd, a rhowch y gorau i’w wneud. Byddwch yn onest, ac yn garedig: rydyn ni eisiau dysgu, nid beio. Gofynnwch i bobl a adawodd beth fyddai wedi eu helpu i aros.',
  'mark.staying-in-touch.more':
    'Dywedwch wrth bobl beth sy’n digwydd nesaf a sut gallan nhw barhau i gymryd rhan, os ydyn nhw eisiau. Gofynnwch sut hoffen nhw glywed amdano, a’i gwneud yr un mor hawdd camu’n ôl.',
};
